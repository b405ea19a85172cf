package org.jiamusi.vet.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleNegotiatorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ru-RU,ru;q=0.9,en-US;q=0.8 | RU",
            "en-GB,en;q=0.9 | EN",
            "zh-TW | ZH",
            "de-DE,de;q=0.9 | EN",
            "de;q=1.0,ru;q=0.5,zh;q=0.7 | ZH",
            "en;q=0.1,ru;q=0.2 | RU",
            "ru;q=0 , en | EN",
    })
    void bestAcceptLanguageMatchWins(String header, Language expected) {
        assertThat(LocaleNegotiator.negotiate(null, header)).isEqualTo(expected);
    }

    @Test
    void rememberedChoiceBeatsTheHeader() {
        assertThat(LocaleNegotiator.negotiate("ru", "en-US,en")).isEqualTo(Language.RU);
    }

    @Test
    void noHeaderMeansChinese() {
        assertThat(LocaleNegotiator.negotiate(null, null)).isEqualTo(Language.ZH);
        assertThat(LocaleNegotiator.negotiate("xx", "")).isEqualTo(Language.ZH);
    }
}
