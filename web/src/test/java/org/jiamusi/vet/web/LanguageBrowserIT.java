package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Language negotiation, Russian plurals and the fallback notice, as a Russian reader's browser sees them. */
class LanguageBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(ChineseOnlyProgrammeFixture.class);
    }

    @Test
    void russianBrowserLandsOnRussianPagesWithRussianPluralsAndAFallbackNotice() throws Exception {
        open(1280, 900, "ru-RU,ru;q=0.9");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(base.toString());
        wait.until(ExpectedConditions.urlMatches(".*/ru/$"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");

        browser.get(base + "ru/programmes");
        String count = browser.findElement(By.cssSelector(".programme-count")).getText();
        Matcher matcher = Pattern.compile("(\\d+) (\\S+)").matcher(count);
        assertThat(matcher.matches()).as(count).isTrue();
        assertThat(matcher.group(2)).isEqualTo(russianPluralOfProgramme(Integer.parseInt(matcher.group(1))));

        WebElement untranslated = browser.findElement(By.linkText(ChineseOnlyProgrammeFixture.TITLE));
        assertThat(untranslated.findElement(By.xpath("./ancestor::*[@lang][1]")).getAttribute("lang")).isEqualTo("zh");
        untranslated.click();
        wait.until(ExpectedConditions.urlContains("/ru/programmes/" + ChineseOnlyProgrammeFixture.SLUG));

        assertThat(browser.findElement(By.cssSelector(".fallback-notice")).getText())
                .contains("Перевода этой страницы на русский язык пока нет");
        assertThat(browser.findElement(By.tagName("h1")).getAttribute("lang")).isEqualTo("zh");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        Browser.screenshot(browser, "ru-fallback-notice");

        // The switcher leads to the programme in every language, translated or not.
        browser.findElement(By.cssSelector(".language-switcher a[hreflang='en']")).click();
        wait.until(ExpectedConditions.urlContains("/en/programmes/" + ChineseOnlyProgrammeFixture.SLUG));
        assertThat(browser.findElement(By.cssSelector(".fallback-notice")).getText()).contains("not been translated into English");
    }

    /** Russian plural of «специальность» by the grammar book, not by the code under test. */
    private static String russianPluralOfProgramme(int n) {
        if (n % 10 == 1 && n % 100 != 11) {
            return "специальность";
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return "специальности";
        }
        return "специальностей";
    }
}
