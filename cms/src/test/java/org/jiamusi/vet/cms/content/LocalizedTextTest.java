package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTest {

    @Test
    void ownLanguageIsNoFallbackAndNeedsNoLangAttribute() {
        LocalizedText<String> shown = LocalizedText.pick(Map.of(Language.ZH, "口腔", Language.RU, "Зубы"), Language.RU);
        assertThat(shown).isEqualTo(new LocalizedText<>("Зубы", Language.RU, false));
        assertThat(shown.lang()).isNull();
    }

    @Test
    void missingTranslationShowsTheChainsNextTextMarkedWithItsLanguage() {
        LocalizedText<String> shown = LocalizedText.pick(Map.of(Language.ZH, "口腔"), Language.EN);
        assertThat(shown).isEqualTo(new LocalizedText<>("口腔", Language.ZH, true));
        assertThat(shown.lang()).isEqualTo("zh");
    }

    @Test
    void noTextAtAllGivesNullText() {
        assertThat(LocalizedText.pick(Map.<Language, String>of(), Language.ZH).text()).isNull();
    }
}
