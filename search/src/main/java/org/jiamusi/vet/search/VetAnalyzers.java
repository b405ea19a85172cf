package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;

/**
 * Analyzer names, shared by the index mapping and by the backend-specific configurers that define
 * them, one per language.
 */
public final class VetAnalyzers {

    /** Chinese word segmentation (smartcn's hidden Markov model), lower-casing any Latin letters. */
    public static final String CHINESE = "vet_chinese";
    /** Russian words, ё folded into е, reduced to their Snowball stem. */
    public static final String RUSSIAN = "vet_russian";
    /** English words reduced to their Snowball (Porter 2) stem. */
    public static final String ENGLISH = "vet_english";

    private VetAnalyzers() {
    }

    public static String of(Language language) {
        return switch (language) {
            case ZH -> CHINESE;
            case RU -> RUSSIAN;
            case EN -> ENGLISH;
        };
    }
}
