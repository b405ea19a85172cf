package org.jiamusi.vet.i18n;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void readerSeesTheirOwnLanguageWhenTheItemHasIt() {
        assertThat(Language.RU.shownFrom(EnumSet.allOf(Language.class)::contains)).isEqualTo(Language.RU);
    }

    @Test
    void russianReaderGetsEnglishBeforeChinese() {
        assertThat(Language.RU.shownFrom(Set.of(Language.ZH, Language.EN)::contains)).isEqualTo(Language.EN);
        assertThat(Language.RU.shownFrom(Set.of(Language.ZH)::contains)).isEqualTo(Language.ZH);
    }

    @Test
    void englishReaderGetsChineseNotRussian() {
        assertThat(Language.EN.shownFrom(Set.of(Language.ZH, Language.RU)::contains)).isEqualTo(Language.ZH);
    }

    @Test
    void aLanguageOutsideTheChainIsShownRatherThanNothing() {
        assertThat(Language.EN.shownFrom(Set.of(Language.RU)::contains)).isEqualTo(Language.RU);
    }

    @Test
    void anItemWithNoTextAtAllFallsToTheSource() {
        assertThat(Language.RU.shownFrom(language -> false)).isEqualTo(Language.SOURCE);
    }
}
