package org.jiamusi.vet.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's journey in a real headless Chromium, on the deployed site. */
class SiteJourneyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @Test
    void russianReaderOpensAProgrammeSwitchesToChineseSearchesAndOpensAResult() throws Exception {
        open(1280, 900);
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
        assertThat(Browser.policyViolations(browser)).as("blocked by the content security policy").isEmpty();
    }

    @Test
    void programmePageIsReadableOnAPhone() throws Exception {
        open(360, 800);

        browser.get(base + "ru/programmes/tekhnologiya-zubnogo-protezirovaniya");
        Browser.screenshot(browser, "ru-programme-360");

        Long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(360L);
        assertThat(browser.findElement(By.id("q_input")).isDisplayed()).isTrue();
    }

    /** Journey: a Russian-speaking partner reads a cooperation project, then passes it on in English. */
    @Test
    void russianReaderOpensACooperationProjectAndSwitchesToEnglishOnTheSameProject() throws Exception {
        open(1280, 900, "ru-RU,ru;q=0.9");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(base.toString());
        wait.until(ExpectedConditions.urlMatches(".*/ru/$"));
        browser.findElement(By.cssSelector(".site-nav a[href$='/ru/cooperation']")).click();
        wait.until(ExpectedConditions.urlMatches(".*/ru/cooperation$"));
        WebElement project = browser.findElement(By.cssSelector("main a[href*='/ru/cooperation/']"));
        String russianTitle = project.getText();
        project.click();
        wait.until(ExpectedConditions.urlContains("/ru/cooperation/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(russianTitle);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        Browser.screenshot(browser, "ru-cooperation-project");

        long id = cooperationProjects("ru").entrySet().stream()
                .filter(e -> e.getValue().equals(russianTitle)).map(Map.Entry::getKey).findFirst().orElseThrow();
        String englishTitle = cooperationProjects("en").get(id);

        browser.findElement(By.cssSelector(".language-switcher a[hreflang='en']")).click();
        wait.until(ExpectedConditions.urlContains("/en/cooperation/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(englishTitle);
        Browser.screenshot(browser, "en-cooperation-project");
    }

    /** Every cooperation project's title in one language by its id, from the site's search API. */
    private Map<Long, String> cooperationProjects(String lang) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/search?q=&type=cooperation&lang=" + lang)).build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(r -> r.getJsonNumber("id").longValue(), r -> r.getString("title")));
        }
    }
}
