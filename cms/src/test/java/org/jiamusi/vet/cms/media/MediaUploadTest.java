package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MediaUploadTest {

    @Test
    void emptyFormFieldsCountAsNoTextInsteadOfBreakingTheUpload() {
        // A Faces form sends an empty input as null (INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL).
        Map<Language, String> captions = new EnumMap<>(Language.class);
        captions.put(Language.ZH, null);
        captions.put(Language.RU, "  ");
        captions.put(Language.EN, "Open day");
        Map<Language, String> alt = new EnumMap<>(Language.class);
        alt.put(Language.ZH, "开放日");
        alt.put(Language.RU, null);

        MediaUpload upload = new MediaUpload("open-day.png", new byte[] {1}, alt, captions, null);

        assertThat(upload.captions()).containsExactly(Map.entry(Language.EN, "Open day"));
        assertThat(upload.altTexts()).containsExactly(Map.entry(Language.ZH, "开放日"));
    }
}
