package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the events calendar and the cooperation page in a real headless Chromium, at a
 * laptop's width and a phone's: the phone menu, no sideways scrolling, the weight of the home page,
 * and a full-page screenshot of each page in each language in {@code target/screenshots}.
 */
class HomeEventsCooperationBrowserIT extends BrowserTest {

    private static final String[] LANGUAGES = {"zh", "ru", "en"};
    private static final String[] PAGES = {"", "events", "cooperation"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @Test
    void phoneHeaderFoldsTheMenuBehindAButtonThatMouseAndKeyboardOpen() {
        open(360, 800);
        browser.get(base + "ru/");

        WebElement button = browser.findElement(By.cssSelector("button.menu-toggle"));
        WebElement sections = browser.findElement(By.cssSelector(".site-nav a"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("a.menu-toggle")).isDisplayed()).as("the no-script link gives way").isFalse();
        assertThat(sections.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("q_input")).isDisplayed()).as("search stays in the header").isTrue();
        Long header = (Long) browser.executeScript("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height);");
        assertThat(header).as("header height at 360 px: two rows, not four").isLessThan(140L);

        button.click();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(sections.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".language-switcher a[hreflang='en']")).isDisplayed()).isTrue();

        button.sendKeys(Keys.ESCAPE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(sections.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(button);

        button.sendKeys(Keys.ENTER);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        browser.findElement(By.cssSelector(".language-switcher a[hreflang='en']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/en/");
    }

    @Test
    void desktopHeaderShowsSectionsAndLanguagesWithoutAMenuButton() {
        open(1280, 900);
        browser.get(base + "zh/");

        assertThat(browser.findElement(By.cssSelector(".site-nav a")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".language-switcher a")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("button.menu-toggle")).isDisplayed()).isFalse();
    }

    @Test
    void homePageFirstLoadTransfersWellUnder400Kilobytes() {
        open(360, 800);
        browser.get(base + "zh/");

        Long transferred = (Long) browser.executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return Math.round(entries.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0));""");
        assertThat(transferred).as("bytes over the wire for /zh/").isPositive().isLessThan(400_000L);
    }

    @Test
    void pagesFitAPhoneAndAreScreenshotInEveryLanguage() throws Exception {
        for (int width : new int[]{1280, 360}) {
            open(width, 800);
            for (String lang : LANGUAGES) {
                for (String page : PAGES) {
                    browser.get(base + lang + "/" + page + (page.equals("events") ? "?month=2027-05" : ""));
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                    Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                    assertThat(scrollWidth).as("%s/%s fits %d px", lang, page, width).isLessThanOrEqualTo((long) width);
                    fullPageScreenshot(lang + "-" + (page.isEmpty() ? "home" : page) + "-" + width);
                }
            }
            browser.quit();
            browser = null;
        }
    }

    private void fullPageScreenshot(String name) throws IOException {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        Number width = (Number) browser.executeScript("return document.documentElement.clientWidth;");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
