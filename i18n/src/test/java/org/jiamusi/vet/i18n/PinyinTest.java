package org.jiamusi.vet.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTest {

    @Test
    void chineseTitleIsWrittenWordByWordInTonelessPinyin() {
        assertThat(Pinyin.words("口腔修复工艺")).containsExactly("kouqiang", "xiufu", "gongyi");
        assertThat(Pinyin.syllablesByWord("口腔修复工艺")).containsExactly(List.of("kou", "qiang"), List.of("xiu", "fu"), List.of("gong", "yi"));
    }

    @Test
    void umlautIsTypedAsU() {
        assertThat(String.join("", Pinyin.words("旅游"))).isEqualTo("luyou");
    }

    @Test
    void punctuationIsDroppedAndLatinWordsKept() {
        // ICU's dictionary has no word 中职: its characters come out one by one, which pinyin search joins again.
        assertThat(Pinyin.words("“3+2”护理（中职）")).containsExactly("3", "2", "huli", "zhong", "zhi");
    }
}
