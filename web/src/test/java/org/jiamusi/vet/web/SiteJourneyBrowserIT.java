package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's journey in a real headless Chromium, on the deployed site. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void russianReaderOpensAProgrammeSwitchesToChineseSearchesAndOpensAResult() throws Exception {
        browser = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(base + "ru/programmes");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Специальности");
        Browser.screenshot(browser, "ru-programmes");

        browser.findElement(By.linkText("Технология зубного протезирования")).click();
        wait.until(ExpectedConditions.urlContains("/ru/programmes/tekhnologiya-zubnogo-protezirovaniya"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Технология зубного протезирования");

        browser.findElement(By.cssSelector(".language-switcher a[hreflang='zh']")).click();
        wait.until(ExpectedConditions.urlContains("/zh/programmes/kouqiang-xiufu-gongyi"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("口腔修复工艺");
        Browser.screenshot(browser, "zh-programme");

        WebElement searchBox = browser.findElement(By.id("q_input"));
        searchBox.sendKeys("kouq");
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '口腔修复工艺')]")));
        assertThat(suggestion.getText()).isEqualTo("口腔修复工艺");
        Browser.screenshot(browser, "zh-suggestions");
        searchBox.sendKeys(Keys.ESCAPE);
        searchBox.clear();
        searchBox.sendKeys("焊接", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/zh/search"));
        WebElement firstResult = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".search-result h2 a")));
        assertThat(firstResult.getText()).contains("焊接");
        Browser.screenshot(browser, "zh-search");

        firstResult.click();
        wait.until(ExpectedConditions.urlContains("/zh/programmes/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("焊接");
    }

    @Test
    void programmePageIsReadableOnAPhone() throws Exception {
        browser = Browser.start(360, 800);

        browser.get(base + "ru/programmes/tekhnologiya-zubnogo-protezirovaniya");
        Browser.screenshot(browser, "ru-programme-360");

        Long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(360L);
        assertThat(browser.findElement(By.id("q_input")).isDisplayed()).isTrue();
    }
}
