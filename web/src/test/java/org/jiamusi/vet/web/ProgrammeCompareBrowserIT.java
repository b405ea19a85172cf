package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiamusi.vet.web.TongjiangProgrammesFixture.*;

/** A parent's journey through the programmes in a real headless Chromium: filter, tick, compare; and the same pages on a phone. */
class ProgrammeCompareBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(TongjiangProgrammesFixture.class);
    }

    @Test
    void aParentFiltersProgrammesByLevelAndCountyAndComparesTwo() throws Exception {
        open(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        openOnceIndexed("zh/programmes", "同江市");
        Browser.screenshot(browser, "zh-programmes-1280");

        browser.findElement(By.xpath("//aside[@class='facets']//a[normalize-space()='中职']")).click();
        wait.until(ExpectedConditions.urlContains("level=SECONDARY_VOCATIONAL"));
        browser.findElement(By.xpath("//aside[@class='facets']//a[normalize-space()='同江市']")).click();
        wait.until(ExpectedConditions.urlContains("district=TONGJIANG"));
        assertThat(browser.findElement(By.id("programme-count")).getText()).isEqualTo("共 4 个专业");
        assertThat(browser.findElements(By.cssSelector(".programme-card__title"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(COMMERCE_ZH, TOURISM_ZH, FOOD_ZH, CARS_ZH);

        pick(COMMERCE_ZH);
        pick(TOURISM_ZH);
        Browser.screenshot(browser, "zh-programmes-filtered-1280");
        browser.findElement(By.cssSelector(".compare-bar button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/zh/programmes/compare?"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("专业对比");
        assertThat(browser.findElements(By.cssSelector("table.compare thead th"))).extracting(th -> th.findElement(By.tagName("a")).getText())
                .containsExactlyInAnyOrder(COMMERCE_ZH, TOURISM_ZH);
        WebElement pathwayRow = browser.findElement(By.xpath("//table[contains(@class,'compare')]//tr[th[@scope='row' and .='贯通培养']]"));
        assertThat(pathwayRow.getText()).contains("3+2", "中高职贯通", "五年一贯制");
        assertThat(browser.findElement(By.xpath("//tr[th[.='所在区县']]")).getText()).contains("同江市");
        Browser.screenshot(browser, "zh-compare-1280");

        browser.findElement(By.linkText(COMMERCE_ZH)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.pathway__svg")));
        assertThat(browser.findElement(By.cssSelector(".pathway__route--current .pathway__label")).getText()).isEqualTo("“3+2”中高职贯通");
        Browser.screenshot(browser, "zh-programme-pathway-1280");
    }

    @Test
    void comparisonAndPathwayDiagramAreUsableOnAPhoneAndALaptopInEveryLanguage() throws Exception {
        Map<String, List<String>> titles = Map.of(
                "zh", List.of(COMMERCE_ZH, TOURISM_ZH, FOOD_ZH),
                "ru", List.of(COMMERCE_RU, TOURISM_RU, FOOD_RU),
                "en", List.of(COMMERCE_EN, TOURISM_EN, FOOD_EN));
        for (int width : new int[]{360, 1280}) {
            open(width, 900);
            for (String lang : List.of("zh", "ru", "en")) {
                openOnceIndexed(lang + "/programmes?level=" + LEVEL + "&district=" + DISTRICT, titles.get(lang).get(0));
                assertNoSidewaysScrolling(width, lang + " list");
                Browser.screenshot(browser, lang + "-programmes-filtered-" + width);
                for (String title : titles.get(lang)) {
                    pick(title);
                }
                browser.findElement(By.cssSelector(".compare-bar button[type='submit']")).click();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/programmes/compare?"));
                assertThat(browser.findElements(By.cssSelector("table.compare thead th"))).as(lang).hasSize(3);
                assertNoSidewaysScrolling(width, lang + " compare");
                Browser.screenshot(browser, lang + "-compare-" + width);

                browser.findElement(By.linkText(titles.get(lang).get(0))).click();
                WebElement diagram = new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.pathway__svg")));
                assertThat(diagram.getSize().getWidth()).as(lang + " diagram fits").isLessThanOrEqualTo(width);
                assertNoSidewaysScrolling(width, lang + " programme");
                browser.executeScript("arguments[0].scrollIntoView()", diagram);
                Browser.screenshot(browser, lang + "-programme-pathway-" + width);
            }
            browser.quit();
            browser = null;
        }
    }

    /** Loads a page, reloading until the fixture (published at deployment) has reached the index. */
    private void openOnceIndexed(String path, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        browser.get(base + path);
        while (!browser.getPageSource().contains(text)) {
            assertThat(System.currentTimeMillis()).as("%s shows %s", path, text).isLessThan(deadline);
            Thread.sleep(500);
            browser.navigate().refresh();
        }
    }

    private void pick(String title) {
        WebElement box = browser.findElement(By.xpath("//li[.//h2[contains(@class,'programme-card__title')]/a[.='" + title + "']]"
                + "//input[@type='checkbox']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        assertThat(box.isSelected()).as(title).isTrue();
    }

    private void assertNoSidewaysScrolling(int width, String what) {
        Long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as(what + ": no horizontal scrolling at " + width + " px").isLessThanOrEqualTo((long) width);
    }
}
