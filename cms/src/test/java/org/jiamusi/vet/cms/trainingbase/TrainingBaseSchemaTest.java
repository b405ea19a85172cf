package org.jiamusi.vet.cms.trainingbase;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.testing.TrainingBases;
import org.junit.jupiter.api.Test;

/** What a training base's draft must be to be saved: its institution by id. */
class TrainingBaseSchemaTest extends ContentSchemaContract {

    private static final long INSTITUTION_ID = 51;

    TrainingBaseSchemaTest() {
        super(TrainingBaseProjection.SCHEMA, Shown.ON_OWN_PAGES, () -> TrainingBases.intelligentManufacturing(INSTITUTION_ID),
                TrainingBaseProjection.KIND);
    }

    @Test
    void malformedInstitutionReferenceIsRefused() {
        assertRefused(draft().field(TrainingBaseProjection.INSTITUTION, "佳木斯职业学院"),
                TrainingBaseProjection.INSTITUTION, "content.field.invalid.reference");
    }
}
