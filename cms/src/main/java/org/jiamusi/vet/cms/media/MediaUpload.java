package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * A file an editor uploads, with its texts.
 *
 * @param fileName      the name the browser sent; kept for downloads, never trusted for the type
 * @param institutionId the institution the item belongs to, or null (an institution editor's own is used)
 */
public record MediaUpload(String fileName, byte[] content, Map<Language, String> altTexts, Map<Language, String> captions,
                          Long institutionId) {

    public MediaUpload {
        altTexts = filled(altTexts);
        captions = filled(captions);
    }

    /** The texts that were given: a form sends an empty field as null or blank, which means "none". */
    private static Map<Language, String> filled(Map<Language, String> texts) {
        Map<Language, String> filled = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    filled.put(language, text);
                }
            });
        }
        return Map.copyOf(filled);
    }
}
