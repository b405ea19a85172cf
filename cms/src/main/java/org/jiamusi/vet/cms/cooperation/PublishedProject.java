package org.jiamusi.vet.cms.cooperation;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Language;

import java.util.List;
import java.util.Map;

/**
 * A published cooperation project as the public site shows it, with the city's published
 * institutions taking part (lead institution first) read in the same call, so a page never reaches
 * back into the database for them.
 */
public record PublishedProject(long id, CooperationKind kind, String partnerCountry, Integer startYear,
                               List<PublishedInstitution> institutions,
                               Map<Language, CooperationProjectText> texts) implements Translated<CooperationProjectText> {
}
