package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.content.PlaceText;
import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.i18n.Language;

import java.math.BigDecimal;
import java.util.Map;

/** A published career-experience centre as the public site shows it, read by its service. */
public record PublishedCentre(long id, Long institutionId, District district, BigDecimal latitude, BigDecimal longitude,
                              Map<Language, PlaceText> texts) implements Translated<PlaceText> {

    public static PublishedCentre of(ExperienceCentre c) {
        return new PublishedCentre(c.getId(), c.getInstitutionId(), c.getDistrict(), c.getLatitude(), c.getLongitude(),
                c.getTexts());
    }
}
