package org.jiamusi.vet.cms.cooperation;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.testing.CooperationProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a cooperation project's draft must be to be saved: a partner country by its ISO code, institutions by id. */
class CooperationProjectSchemaTest extends ContentSchemaContract {

    private static final long TONGJIANG_ID = 51;
    private static final long FUYUAN_ID = 101;

    CooperationProjectSchemaTest() {
        super(CooperationProjectProjection.SCHEMA, Shown.ON_OWN_PAGES, () -> CooperationProjects.lubanWorkshop(TONGJIANG_ID, FUYUAN_ID),
                CooperationProjectProjection.KIND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "R1", "XY"})
    void countryThatIsNotAnIsoCodeIsRefused(String country) {
        assertRefused(draft().field(CooperationProjectProjection.PARTNER_COUNTRY, country),
                CooperationProjectProjection.PARTNER_COUNTRY, "content.field.invalid.country");
    }

    @Test
    void countryNameInsteadOfCodeIsRefusedAsTooLong() {
        assertRefused(draft().field(CooperationProjectProjection.PARTNER_COUNTRY, "Россия"),
                CooperationProjectProjection.PARTNER_COUNTRY, "content.field.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RU", "DE", "JP", "CN"})
    void partnerCountriesOfThePlanAreAccepted(String country) {
        assertAccepted(draft().field(CooperationProjectProjection.PARTNER_COUNTRY, country));
    }

    @Test
    void institutionsListedByNameAreRefused() {
        assertRefused(draft().field(CooperationProjectProjection.INSTITUTIONS, "51,同江市职业技术学校"),
                CooperationProjectProjection.INSTITUTIONS, "content.field.invalid.references");
    }
}
