package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.ContentSchemaContract;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Experiences;
import org.junit.jupiter.api.Test;

/** What an experience centre's draft must be to be saved: a whole place on the map or none. */
class ExperienceCentreSchemaTest extends ContentSchemaContract {

    private static final long INSTITUTION_ID = 51;

    ExperienceCentreSchemaTest() {
        super(ExperienceCentreProjection.SCHEMA, Shown.ON_OWN_PAGES, () -> Experiences.centre(INSTITUTION_ID));
    }

    @Test
    void longitudeWithoutLatitudeIsRefused() {
        assertRefused(draft().field(Coordinates.LATITUDE, null), Coordinates.LATITUDE, "content.coordinates.incomplete");
    }

    @Test
    void centreWithoutInstitutionOrPlaceIsAccepted() {
        DraftBuilder bare = draft()
                .field(ExperienceCentreProjection.INSTITUTION, null)
                .field(ExperienceCentreProjection.DISTRICT, null)
                .field(Coordinates.LATITUDE, null)
                .field(Coordinates.LONGITUDE, null);

        assertAccepted(bare);
    }
}
