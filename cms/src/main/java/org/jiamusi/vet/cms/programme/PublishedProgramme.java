package org.jiamusi.vet.cms.programme;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/** A published programme as the public site shows it, read by its service. */
public record PublishedProgramme(long id, String code, Level level, Pathway pathway, Integer durationYears,
                                 Long institutionId, District district, String cluster, boolean featured,
                                 Map<Language, ProgrammeText> texts) implements Translated<ProgrammeText> {

    public static PublishedProgramme of(Programme p) {
        return new PublishedProgramme(p.getId(), p.getCode(), p.getLevel(), p.getPathway(), p.getDurationYears(),
                p.getInstitutionId(), p.getDistrict(), p.getCluster(), p.featured(), p.getTexts());
    }

    /** The slug a reader of this language finds the programme under: their own text's, else the fallback's. */
    public String slugFor(Language reader) {
        return textFor(reader).text().getSlug();
    }
}
