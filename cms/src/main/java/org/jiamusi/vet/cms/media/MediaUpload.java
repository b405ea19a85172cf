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
        altTexts = altTexts == null || altTexts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(altTexts));
        captions = captions == null || captions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(captions));
    }
}
