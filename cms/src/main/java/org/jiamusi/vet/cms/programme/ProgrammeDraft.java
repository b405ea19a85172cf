package org.jiamusi.vet.cms.programme;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/** What an editor or an import submits to create or change a programme. */
public record ProgrammeDraft(
        String ref,
        String code,
        Level level,
        Pathway pathway,
        Integer durationYears,
        boolean sample,
        Map<Language, ProgrammeText> texts) {

    public ProgrammeDraft {
        texts = Map.copyOf(texts);
    }
}
