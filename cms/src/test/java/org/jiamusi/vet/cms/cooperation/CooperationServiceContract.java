package org.jiamusi.vet.cms.cooperation;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItems;
import org.jiamusi.vet.cms.content.ContentProjection;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.cms.testing.CooperationProjects;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiamusi.vet.cms.content.ContentItems.slugs;

/** What the public site reads of cooperation projects, on a real database with the real migrations. */
abstract class CooperationServiceContract extends DatabaseContract {

    private int serial;

    @Test
    void aProjectNamesTheInstitutionsTakingPartAndNoOthers() {
        long tongjiang = institution();
        long fuyuan = institution();
        long elsewhere = institution();
        long project = publish(new CooperationProjectProjection(), ContentType.COOPERATION_PROJECT, "project-" + ++serial,
                CooperationProjects.lubanWorkshop(fuyuan, tongjiang).build(), slugs("project-" + serial));
        publish(new CooperationProjectProjection(), ContentType.COOPERATION_PROJECT, "project-" + ++serial,
                CooperationProjects.lubanWorkshop(elsewhere).build(), slugs("project-" + serial));

        assertThat(read((CooperationService s) -> s.find(project)).orElseThrow().institutions())
                .extracting(PublishedInstitution::id).containsExactly(fuyuan, tongjiang);
        assertThat(read((CooperationService s) -> s.find(-1))).isEmpty();
    }

    @Test
    void theListCarriesEachProjectsInstitutionsOutOfTheTransaction() {
        long harbin = institution();
        long project = publish(new CooperationProjectProjection(), ContentType.COOPERATION_PROJECT, "project-" + ++serial,
                CooperationProjects.lubanWorkshop(harbin).build(), slugs("project-" + serial));

        assertThat(read(CooperationService::all)).filteredOn(p -> p.id() == project).singleElement()
                .satisfies(p -> assertThat(p.institutions()).extracting(PublishedInstitution::id).containsExactly(harbin));
    }

    private long institution() {
        int n = ++serial;
        return publish(new InstitutionProjection(), ContentType.INSTITUTION, "institution-" + n,
                Institutions.jiamusiVocationalInstitute().build(), slugs("institution-" + n));
    }

    private long publish(ContentProjection projection, ContentType type, String ref, ContentDraft draft, Map<Language, String> slugs) {
        return ContentItems.publish(emf(), projection, type, ref, draft, slugs);
    }

    private <T> T read(Function<CooperationService, T> query) {
        return Transactions.inTransaction(emf(), em -> query.apply(new CooperationService(em)));
    }
}
