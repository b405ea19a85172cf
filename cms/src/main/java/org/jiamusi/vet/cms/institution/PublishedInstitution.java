package org.jiamusi.vet.cms.institution;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.i18n.Language;

import java.math.BigDecimal;
import java.util.Map;

/** A published institution as the public site shows it, read by its service. */
public record PublishedInstitution(long id, InstitutionKind kind, District district, BigDecimal latitude,
                                   BigDecimal longitude, String phone, String email, String website,
                                   Map<Language, InstitutionText> texts) implements Translated<InstitutionText> {

    public static PublishedInstitution of(Institution i) {
        return new PublishedInstitution(i.getId(), i.getKind(), i.getDistrict(), i.getLatitude(), i.getLongitude(),
                i.getPhone(), i.getEmail(), i.getWebsite(), i.getTexts());
    }
}
