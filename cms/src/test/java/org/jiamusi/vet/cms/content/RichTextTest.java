package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.news.NewsArticleProjection;
import org.jiamusi.vet.cms.testing.NewsArticles;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import java.util.HashMap;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

/** What an editor pastes into rich text keeps its formatting and loses everything that could run. */
class RichTextTest {

    @Test
    void scriptsEventHandlersAndJavascriptAddressesNeverSurvive() {
        String pasted = "<p>开放日<strong>欢迎</strong></p><script>alert('x')</script>"
                + "<img src=\"https://example.org/a.jpg\" onerror=\"alert(1)\" alt=\"实训室\">"
                + "<a href=\"javascript:alert(2)\">点我</a><a href=\"JaVaScRiPt:alert(3)\">再点</a>"
                + "<p onclick=\"alert(4)\" style=\"background:url(javascript:alert(5))\">文字</p>"
                + "<iframe src=\"https://evil.example\"></iframe><svg onload=\"alert(6)\"></svg>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==\">数据</a>";

        String clean = RichText.sanitize(pasted);

        assertThat(clean.toLowerCase())
                .doesNotContain("<script", "alert('x')", "onerror", "javascript:", "onclick", "<iframe", "onload", "<svg", "data:text");
        assertThat(clean).contains("<p>开放日<strong>欢迎</strong></p>", "src=\"https://example.org/a.jpg\"", "点我", "文字");
    }

    @Test
    void chinesePunctuationStaysReadableButFullWidthMarkupCharactersStayEncoded() {
        assertThat(RichText.sanitize("<p>家长、学生：欢迎！（免费）</p>")).isEqualTo("<p>家长、学生：欢迎！（免费）</p>");
        assertThat(RichText.sanitize("<p>\uFF1Cscript\uFF1E</p>")).doesNotContain("\uFF1C", "\uFF1E");
    }

    @Test
    void plainCharactersOfTheSeedTextsComeBackAsTheyWere() {
        String text = "<p>“3+2” programmes, the institute's e-mail is info@jmszy.cn, 1+X = diploma + certificates.</p>";
        assertThat(RichText.sanitize(text)).isEqualTo(text);
        assertThat(RichText.sanitize(RichText.sanitize(text))).isEqualTo(RichText.sanitize(text));
    }

    @Test
    void headingsListsEmphasisAndFiguresComeBackAsWrittenSoPagesShowWhatIsStored() {
        String page = "<p>三个层次</p>\n<h2>中等职业教育</h2><h3>学制</h3><ul><li><strong>中职</strong>：三年</li></ul>\n"
                + "<figure><img src=\"https://example.org/a.jpg\" alt=\"实训室\" /><figcaption>实训室</figcaption></figure>";
        assertThat(RichText.sanitize(page)).isEqualTo(page);
    }

    @Test
    void linksStayButAreMarkedNofollow() {
        assertThat(RichText.sanitize("<a href=\"https://www.jms.gov.cn/\">教育局</a>"))
                .isEqualTo("<a href=\"https://www.jms.gov.cn/\" rel=\"nofollow\">教育局</a>");
    }

    @Test
    void theSavePathSanitisesEveryLanguagesRichTextAndLeavesPlainFieldsAlone() {
        ContentSchema schema = new NewsArticleProjection().schema();
        ContentDraft draft = NewsArticles.openDayReport(1, 2).build();
        Map<String, String> ru = new HashMap<>(draft.texts(Language.RU));
        ru.put(NewsArticleProjection.BODY, "<p>Текст</p><script>document.cookie</script><img src=x onerror=alert(1)>");
        ru.put(NewsArticleProjection.SUMMARY, "Кратко <b>без</b> разметки");

        ContentDraft saved = RichText.sanitize(schema, draft.withTexts(Language.RU, ru));

        assertThat(saved.text(Language.RU, NewsArticleProjection.BODY))
                .startsWith("<p>Текст</p>").doesNotContain("script", "cookie", "onerror", "alert");
        assertThat(saved.text(Language.RU, NewsArticleProjection.SUMMARY)).isEqualTo("Кратко <b>без</b> разметки");
        assertThat(saved.text(Language.ZH, NewsArticleProjection.BODY)).isEqualTo(draft.text(Language.ZH, NewsArticleProjection.BODY));
    }
}
