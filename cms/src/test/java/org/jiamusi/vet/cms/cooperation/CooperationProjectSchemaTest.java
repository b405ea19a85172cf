package org.jiamusi.vet.cms.cooperation;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.CooperationProjects;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CooperationProjectSchemaTest {

    private static final long TONGJIANG_ID = 51;
    private static final long FUYUAN_ID = 101;

    private static List<Violation> violations(ContentDraft draft) {
        return CooperationProjectProjection.SCHEMA.validate(draft);
    }

    private static DraftBuilder lubanWorkshop() {
        return CooperationProjects.lubanWorkshop(TONGJIANG_ID, FUYUAN_ID);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(lubanWorkshop().build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = lubanWorkshop().text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, "content.field.sourceRequired"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "R1", "XY"})
    void countryThatIsNotAnIsoCodeIsRefused(String country) {
        ContentDraft badCountry = lubanWorkshop().field(CooperationProjectProjection.PARTNER_COUNTRY, country).build();

        assertThat(violations(badCountry)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(CooperationProjectProjection.PARTNER_COUNTRY, "content.field.invalid.country"));
    }

    @Test
    void countryNameInsteadOfCodeIsRefusedAsTooLong() {
        ContentDraft spelledOut = lubanWorkshop().field(CooperationProjectProjection.PARTNER_COUNTRY, "Россия").build();

        assertThat(violations(spelledOut)).extracting(Violation::messageKey).containsExactly("content.field.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RU", "DE", "JP", "CN"})
    void partnerCountriesOfThePlanAreAccepted(String country) {
        assertThat(violations(lubanWorkshop().field(CooperationProjectProjection.PARTNER_COUNTRY, country).build())).isEmpty();
    }

    @Test
    void institutionsListedByNameAreRefused() {
        ContentDraft byName = lubanWorkshop().field(CooperationProjectProjection.INSTITUTIONS, "51,同江市职业技术学校").build();

        assertThat(violations(byName)).extracting(Violation::messageKey).containsExactly("content.field.invalid.references");
    }
}
