package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    @Test
    void otherFormsOfAQueryWordAreMarked() {
        assertThat(Snippets.of("Training welders and welding technicians.", "welding", Language.EN))
                .isEqualTo("Training <mark>welders</mark> and <mark>welding</mark> technicians.");
        assertThat(Snippets.of("Технология зубного протезирования", "протезирование", Language.RU))
                .contains("<mark>протезирования</mark>");
    }

    @Test
    void chineseWordsOfTheQueryAreMarked() {
        assertThat(Snippets.of("培养口腔修复体制作人才", "口腔修复", Language.ZH)).contains("<mark>口腔</mark><mark>修复</mark>");
    }

    @Test
    void textIsEscapedAndAPassageNeverStartsMidWord() {
        String text = "word ".repeat(60) + "<b>welding</b> & more";
        String snippet = Snippets.of(text, "welding", Language.EN);

        assertThat(snippet).startsWith("…word ").contains("&lt;b&gt;<mark>welding</mark>&lt;/b&gt; &amp; more").doesNotContain("<b>");
    }

    @Test
    void aLongPassageEndsAtTheEndOfAWord() {
        String text = "Students learn to design and make dentures, crowns and bridges ".repeat(5);

        assertThat(Snippets.of(text, "", Language.EN)).endsWith("…").doesNotContain("bri…").matches("(?s).*\\p{L}…$");
    }
}
