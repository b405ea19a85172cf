package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office in a real headless Chromium, as its users work in it: an editor writes a
 * programme in Chinese, a translator adds Russian, a reviewer publishes it and Russian readers see
 * it; the rules each role lives by hold in the browser whatever the page sends.
 */
class BackOfficeBrowserIT extends BrowserTest {

    private static final Pattern ITEM_ID = Pattern.compile("[?&]id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(BackOfficeFixture.class);
    }

    @Test
    void programmeWrittenInChineseTranslatedToRussianReviewedAndPublishedReachesRussianReaders() throws Exception {
        String titleZh = "冰雪体育服务与管理";
        String titleRu = "Организация зимнего спорта и сервис";

        ChromeDriver editor = browser(1280);
        signIn(editor, BackOfficeFixture.EDITOR, "zh");
        editor.get(base + "admin/content?type=programme");
        Browser.screenshot(editor, "admin-zh-programmes-1280");
        editor.findElement(By.cssSelector("a[href$='/admin/edit?type=programme']")).click();
        wait(editor).until(ExpectedConditions.urlContains("/admin/edit?type=programme"));
        field(editor, "title", "zh").sendKeys(titleZh);
        field(editor, "summary", "zh").sendKeys("培养冰雪运动场馆服务与赛事组织人才。");
        editor.findElement(By.id("editor:save")).click();
        WebElement levelError = wait(editor).until(d -> errorNextTo(d, "select[data-field='level']"));
        assertThat(levelError.getText()).as("validation in the editor's language, next to the field").isEqualTo("此项为必填项。");
        assertThat(editor.getCurrentUrl()).as("nothing created").doesNotContain("id=");

        new Select(editor.findElement(By.cssSelector("select[data-field='level']"))).selectByValue("HIGHER_VOCATIONAL");
        editor.findElement(By.id("editor:save")).click();
        wait(editor).until(ExpectedConditions.urlContains("saved=true"));
        assertThat(messages(editor)).contains("已保存");
        String id = itemId(editor);
        Browser.screenshot(editor, "admin-zh-editor-1280");
        signOut(editor);

        ChromeDriver translator = browser(1280);
        signIn(translator, BackOfficeFixture.TRANSLATOR, "ru");
        translator.get(base + "admin/edit?id=" + id + "&lang=ru");
        assertThat(field(translator, "title", "zh").getAttribute("readonly")).as("the Chinese source is read-only for a translator").isNotNull();
        assertThat(field(translator, "title", "zh").getAttribute("value")).isEqualTo(titleZh);
        field(translator, "title", "ru").sendKeys(titleRu);
        field(translator, "summary", "ru").sendKeys("Подготовка специалистов по обслуживанию зимних спортивных объектов.");
        translator.findElement(By.id("editor:save")).click();
        wait(translator).until(d -> messages(d).contains("Сохранено как версия"));
        Browser.screenshot(translator, "admin-ru-translator-1280");
        assertThat(translator.findElements(By.id("editor:publish"))).as("no publish button for a translator").isEmpty();
        signOut(translator);

        signIn(editor, BackOfficeFixture.EDITOR, "zh");
        editor.get(base + "admin/edit?id=" + id);
        editor.findElement(By.id("editor:submit")).click();
        wait(editor).until(d -> d.findElement(By.id("status")).getText().equals("待审核"));
        assertThat(editor.findElements(By.id("editor:publish"))).as("an editor does not publish").isEmpty();

        ChromeDriver reviewer = browser(1280);
        signIn(reviewer, BackOfficeFixture.REVIEWER, "en");
        reviewer.get(base + "admin/preview?id=" + id + "&lang=ru");
        assertThat(reviewer.findElement(By.id("preview-title")).getText()).isEqualTo(titleRu);
        Browser.screenshot(reviewer, "admin-en-preview-ru-1280");
        reviewer.get(base + "admin/edit?id=" + id + "&lang=ru");
        reviewer.findElement(By.id("editor:publish")).click();
        wait(reviewer).until(d -> d.findElement(By.id("status")).getText().equals("Published"));
        Browser.screenshot(reviewer, "admin-en-published-1280");

        WebElement published = onProgrammeList(reviewer, "ru", titleRu);
        published.click();
        wait(reviewer).until(ExpectedConditions.urlContains("/ru/programmes/"));
        assertThat(reviewer.findElement(By.tagName("h1")).getText()).isEqualTo(titleRu);
        assertThat(Browser.policyViolations(reviewer)).as("blocked by the content security policy").isEmpty();
    }

    @Test
    void institutionEditorIsRefusedAnotherInstitutionsProgrammeAndListsOnlyTheirOwn() throws Exception {
        ChromeDriver school = browser(360);
        signIn(school, BackOfficeFixture.SCHOOL_A_EDITOR, "ru");

        school.get(base + "admin/edit?type=programme&ref=" + BackOfficeFixture.PROGRAMME_B);
        assertThat(school.findElement(By.tagName("h1")).getText()).isEqualTo("Нет доступа");
        assertThat(school.getPageSource()).doesNotContain(BackOfficeFixture.PROGRAMME_B_TITLE);
        Browser.screenshot(school, "admin-ru-forbidden-360");

        school.get(base + "admin/edit?type=programme&ref=" + BackOfficeFixture.PROGRAMME_A);
        assertThat(school.findElement(By.tagName("h1")).getText()).isEqualTo(BackOfficeFixture.PROGRAMME_A_TITLE);
        Browser.screenshot(school, "admin-ru-editor-360");

        school.get(base + "admin/content?type=programme");
        assertThat(school.getPageSource()).contains(BackOfficeFixture.PROGRAMME_A_TITLE).doesNotContain(BackOfficeFixture.PROGRAMME_B_TITLE);
        Browser.screenshot(school, "admin-ru-programmes-360");
    }

    @Test
    void translatorCannotChangeTheChineseSourceEvenByForgingTheForm() throws Exception {
        ChromeDriver translator = browser(1280);
        signIn(translator, BackOfficeFixture.TRANSLATOR, "ru");
        translator.get(base + "admin/edit?type=programme&ref=" + BackOfficeFixture.PROGRAMME_A + "&lang=ru");
        WebElement source = field(translator, "title", "zh");
        assertThat(source.getAttribute("readonly")).isNotNull();

        // What a user could do with the browser's tools: make the field writable and change it.
        translator.executeScript("arguments[0].removeAttribute('readonly'); arguments[0].value = '篡改的标题';", source);
        field(translator, "title", "ru").sendKeys("Зимние виды спорта и управление");
        translator.findElement(By.id("editor:save")).click();
        wait(translator).until(d -> messages(d).contains("Сохранено как версия"));

        translator.get(base + "admin/edit?type=programme&ref=" + BackOfficeFixture.PROGRAMME_A + "&lang=ru");
        assertThat(field(translator, "title", "zh").getAttribute("value")).isEqualTo(BackOfficeFixture.PROGRAMME_A_TITLE);
        assertThat(field(translator, "title", "ru").getAttribute("value")).isEqualTo("Зимние виды спорта и управление");
    }

    @Test
    void scriptPastedIntoRichTextNeverReachesThePublicPage() throws Exception {
        ChromeDriver chief = browser(1280);
        signIn(chief, BackOfficeFixture.CHIEF, "zh");
        chief.get(base + "admin/edit?type=news");
        chief.executeScript("arguments[0].value = '2026-11-30';", chief.findElement(By.cssSelector("input[data-field='publishedOn']")));
        field(chief, "title", "zh").sendKeys("职业体验中心开放日报道");
        field(chief, "body", "zh").sendKeys("<p>欢迎参加开放日。</p><script>window.__xss = 1</script>"
                + "<img src=\"https://example.org/a.jpg\" onerror=\"window.__xss = 2\"><a href=\"javascript:window.__xss = 3\">链接</a>");
        chief.findElement(By.id("editor:save")).click();
        wait(chief).until(ExpectedConditions.urlContains("saved=true"));
        String stored = field(chief, "body", "zh").getAttribute("value");
        assertThat(stored).contains("<p>欢迎参加开放日。</p>").doesNotContain("<script", "onerror", "javascript:", "__xss");

        chief.findElement(By.id("editor:publish")).click();
        WebElement publicPage = wait(chief).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.public-link[data-lang='zh']")));
        publicPage.click();
        wait(chief).until(ExpectedConditions.urlContains("/zh/news/"));
        assertThat(chief.findElement(By.tagName("h1")).getText()).isEqualTo("职业体验中心开放日报道");
        assertThat(chief.getPageSource()).contains("欢迎参加开放日").doesNotContain("__xss", "onerror", "javascript:");
        assertThat(chief.executeScript("return typeof window.__xss;")).isEqualTo("undefined");
    }

    @Test
    void secondEditorSavingTheSameProgrammeGetsTheConflictWithTheirOwnTextKept() throws Exception {
        String path = "admin/edit?type=programme&ref=" + BackOfficeFixture.CONFLICT_PROGRAMME + "&lang=ru";
        ChromeDriver first = browser(1280);
        ChromeDriver second = browser(1280);
        signIn(first, BackOfficeFixture.EDITOR, "zh");
        signIn(second, BackOfficeFixture.SECOND_EDITOR, "zh");
        first.get(base + path);
        second.get(base + path);

        replace(field(first, "summary", "zh"), "李编辑改写的专业简介。");
        first.findElement(By.id("editor:save")).click();
        wait(first).until(d -> messages(d).contains("已保存为第"));

        replace(field(second, "summary", "zh"), "张编辑自己的专业简介。");
        second.findElement(By.id("editor:save")).click();
        WebElement conflict = wait(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:conflict")));
        assertThat(messages(second)).contains("未保存", BackOfficeFixture.EDITOR);
        assertThat(conflict.getText()).contains("李编辑改写的专业简介。");
        assertThat(field(second, "summary", "zh").getAttribute("value")).as("their own unsaved text stays in the form")
                .isEqualTo("张编辑自己的专业简介。");
        Browser.screenshot(second, "admin-zh-conflict-1280");

        first.get(base + path);
        assertThat(field(first, "summary", "zh").getAttribute("value")).as("nothing overwritten").isEqualTo("李编辑改写的专业简介。");
    }

    // ------------------------------------------------------------ helpers

    /**
     * The programme's link on the public list, which is read from the search index: the index takes
     * a publication within seconds, and the list is paged in the reader's collation.
     */
    private WebElement onProgrammeList(ChromeDriver browser, String lang, String title) throws InterruptedException {
        for (int attempt = 0; attempt < 15; attempt++) {
            for (int page = 1; page <= 5; page++) {
                browser.get(base + lang + "/programmes?page=" + page);
                List<WebElement> links = browser.findElements(By.linkText(title));
                if (!links.isEmpty()) {
                    return links.get(0);
                }
                if (browser.findElements(By.cssSelector("a[href*='page=" + (page + 1) + "']")).isEmpty()) {
                    break;
                }
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("'" + title + "' is not on /" + lang + "/programmes");
    }

    private ChromeDriver browser(int width) {
        return open(width, 1000);
    }

    private void signIn(ChromeDriver browser, String username, String lang) {
        browser.get(base + "admin/language?lang=" + lang + "&back=/admin/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(BackOfficeFixture.PASSWORD);
        browser.findElement(By.id("signIn")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("account:logout")));
    }

    private void signOut(ChromeDriver browser) {
        browser.findElement(By.id("account:logout")).click();
        wait(browser).until(ExpectedConditions.urlContains("/admin/login"));
    }

    private static WebDriverWait wait(ChromeDriver browser) {
        // A full-page form post replaces the page under a running check: look again rather than fail.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement field(org.openqa.selenium.WebDriver browser, String name, String lang) {
        return browser.findElement(By.cssSelector("[data-field='" + name + "'][data-lang='" + lang + "']"));
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static String messages(org.openqa.selenium.WebDriver browser) {
        return browser.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }

    /** The error text the editor shows beside a field, once it is there. */
    private static WebElement errorNextTo(org.openqa.selenium.WebDriver browser, String fieldSelector) {
        List<WebElement> errors = browser.findElements(By.cssSelector("div:has(> " + fieldSelector + ") > .field-error"));
        return errors.isEmpty() || errors.get(0).getText().isBlank() ? null : errors.get(0);
    }

    private static String itemId(ChromeDriver browser) {
        Matcher matcher = ITEM_ID.matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).as("an item id in " + browser.getCurrentUrl()).isTrue();
        return matcher.group(1);
    }
}
