package org.jiamusi.vet.cms.institution;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItems;
import org.jiamusi.vet.cms.content.ContentProjection;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.event.EventProjection;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Events;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiamusi.vet.cms.content.ContentItems.slugs;

/**
 * What the public site reads of an institution, on a real database with the real migrations: the
 * published institutions, and of one of them its programmes and the events it hosts that are still
 * to come. Each test publishes its own institution.
 */
abstract class InstitutionServiceContract extends DatabaseContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private int serial;

    @Test
    void everyPublishedInstitutionIsListedWithItsDistrict() {
        long institution = institution();

        assertThat(read(InstitutionService::list)).extracting(PublishedInstitution::id).contains(institution);
        assertThat(read((InstitutionService s) -> s.find(institution)).orElseThrow().district()).isEqualTo(District.XIANGYANG);
    }

    @Test
    void anInstitutionsProgrammesAreItsOwn() {
        long institution = institution();
        long other = institution();
        long dental = programme(institution, Programmes.dental());
        long media = programme(institution, Programmes.media());
        programme(other, Programmes.welding());

        assertThat(read((InstitutionService s) -> s.programmesOf(institution, 10))).extracting(PublishedProgramme::id).containsExactly(dental, media);
        assertThat(read((InstitutionService s) -> s.programmesOf(institution, 1))).extracting(PublishedProgramme::id).containsExactly(dental);
        assertThat(read((InstitutionService s) -> s.programmeCount(institution))).isEqualTo(2);
    }

    @Test
    void onlyTheEventsStillToComeOfTheInstitutionAreListedSoonestFirst() {
        long institution = institution();
        long later = event(institution, TODAY.plusDays(30), null);
        long running = event(institution, TODAY.minusDays(1), TODAY.plusDays(1));
        event(institution, TODAY.minusDays(10), TODAY.minusDays(9));
        event(institution(), TODAY.plusDays(2), null);

        assertThat(read((InstitutionService s) -> s.upcomingEventsOf(institution, TODAY, 10))).extracting(PublishedEvent::id).containsExactly(running, later);
    }

    private long institution() {
        int n = ++serial;
        return publish(new InstitutionProjection(), ContentType.INSTITUTION, "institution-" + n,
                Institutions.jiamusiVocationalInstitute().build(), slugs("institution-" + n));
    }

    private long programme(long institution, ContentDraft draft) {
        int n = ++serial;
        return publish(new ProgrammeProjection(), ContentType.PROGRAMME, "programme-" + n,
                DraftBuilder.from(draft).field("institution", institution).build(), slugs("programme-" + n));
    }

    private long event(long institution, LocalDate start, LocalDate end) {
        int n = ++serial;
        ContentDraft draft = Events.openDay(institution)
                .field(EventProjection.START_DATE, start.toString())
                .field(EventProjection.END_DATE, end == null ? null : end.toString())
                .build();
        return publish(new EventProjection(), ContentType.EVENT, "event-" + n, draft, slugs("event-" + n));
    }

    private long publish(ContentProjection projection, ContentType type, String ref, ContentDraft draft, Map<Language, String> slugs) {
        return ContentItems.publish(emf(), projection, type, ref, draft, slugs);
    }

    private <T> T read(Function<InstitutionService, T> query) {
        return Transactions.inTransaction(emf(), em -> query.apply(new InstitutionService(em)));
    }
}
