package org.jiamusi.vet.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlugsTest {

    @Test
    void chineseTitleBecomesWordSegmentedToneLessPinyin() {
        assertThat(Slugs.of("口腔修复工艺", Language.ZH)).isEqualTo("kouqiang-xiufu-gongyi");
    }

    @Test
    void russianTitleIsRomanisedToAscii() {
        assertThat(Slugs.of("Профессиональное образование", Language.RU))
                .isEqualTo("professionalnoye-obrazovaniye");
    }

    @Test
    void englishTitleIsLowerCasedAndHyphenated() {
        assertThat(Slugs.of("Dental Prosthesis Technology (3+2)", Language.EN))
                .isEqualTo("dental-prosthesis-technology-3-2");
    }

    @Test
    void blankTitleIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.of("  ", Language.EN));
    }
}
