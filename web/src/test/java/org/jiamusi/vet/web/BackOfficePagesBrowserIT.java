package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office in a real headless Chromium (issue #8): the media library's upload checks, its
 * thumbnails and its guard on files in use; opening an account; and every page an administrator
 * owns, in Chinese, Russian and English, at a laptop's and a phone's width.
 */
class BackOfficePagesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(MediaUsageFixture.class);
    }

    @TempDir
    Path files;

    private WebDriverWait wait;

    private void signIn(String username, String password, String language) {
        browser.get(base + "admin/login?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
    }

    private WebElement byId(String id) {
        return browser.findElement(By.cssSelector("[id='" + id + "']"));
    }

    private void fillAltTexts(Map<String, String> texts) {
        texts.forEach((language, text) -> {
            WebElement input = browser.findElement(By.cssSelector("form#upload input[id$=':alt'][lang='" + language + "']"));
            input.clear();
            input.sendKeys(text);
        });
    }

    private String messages() {
        return browser.findElements(By.cssSelector(".messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }

    @Test
    void aRenamedExecutableIsRefusedInTheEditorsLanguageAPictureGetsAThumbnailAndAFileInUseStays() throws Exception {
        open(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn(BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD, "ru");
        browser.get(base + "admin/media");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        int tilesBefore = browser.findElements(By.cssSelector(".media-tile")).size();

        // An executable renamed to look like a photo: refused by its first bytes, in Russian, nothing stored.
        Path executable = files.resolve("photo.jpg");
        Path realProgram = Path.of("/usr/bin/true");
        Files.write(executable, Files.isReadable(realProgram) ? Files.readAllBytes(realProgram)
                : new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        browser.findElement(By.cssSelector("form#upload input[type=file]")).sendKeys(executable.toString());
        fillAltTexts(Map.of("zh", "照片", "ru", "Фото", "en", "Photo"));
        byId("upload:submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "photo.jpg"));
        assertThat(messages()).contains("«photo.jpg» — не изображение JPEG, PNG, GIF или WebP и не документ PDF")
                .contains("Файл не загружен");
        assertThat(browser.findElements(By.cssSelector(".media-tile"))).hasSize(tilesBefore);
        assertThat(browser.findElements(By.id("chosen-thumb"))).isEmpty();
        Browser.screenshot(browser, "admin-media-refused-ru");

        // A real picture with its alternative text in three languages: stored, and its thumbnail shows.
        Path picture = files.resolve("workshop.png");
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, 800, 500);
        g.setColor(new Color(0xf4a261));
        g.fillOval(250, 100, 300, 300);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());
        browser.findElement(By.cssSelector("form#upload input[type=file]")).sendKeys(picture.toString());
        fillAltTexts(Map.of("zh", "实训车间", "ru", "Учебная мастерская", "en", "Training workshop"));
        byId("upload:submit").click();
        WebElement thumb = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-thumb")));
        assertThat(messages()).contains("«workshop.png» загружен");
        wait.until(b -> Boolean.TRUE.equals(browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", browser.findElement(By.id("chosen-thumb")))));
        assertThat(thumb.getAttribute("alt")).isEqualTo("Учебная мастерская");
        assertThat(browser.findElements(By.cssSelector(".media-tile"))).hasSize(tilesBefore + 1);
        assertThat(browser.findElements(By.cssSelector(".media-tile img.media-thumb"))).isNotEmpty();
        Browser.screenshot(browser, "admin-media-uploaded-ru");
        String src = thumb.getAttribute("src");
        long id = Long.parseLong(src.replaceAll(".*/admin/media-file/(\\d+).*", "$1"));

        // Someone puts the picture into a news article while the page is open: the delete is refused.
        HttpResponse<String> used = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "it-fixture/use-media?id=" + id)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(used.statusCode()).isEqualTo(204);
        browser.executeScript("window.confirm = function () { return true; }");
        byId("texts:delete").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".media-chosen"), MediaUsageFixture.TITLE));
        assertThat(messages()).doesNotContain("удалён");
        assertThat(byId("texts:delete").isEnabled()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".media-chosen")).getText()).contains("Используемый файл удалить нельзя");

        // And after a fresh start of the page, choosing it shows where it is used and no way to delete it.
        browser.get(base + "admin/media");
        browser.findElement(By.xpath("//a[contains(@class,'media-choose') and contains(., 'workshop.png')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".media-chosen"), MediaUsageFixture.TITLE));
        assertThat(byId("texts:delete").isEnabled()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".media-tile"))).hasSize(tilesBefore + 1);
        Browser.screenshot(browser, "admin-media-in-use-ru");
        assertThat(Browser.policyViolations(browser)).as("blocked by the content security policy").isEmpty();
    }

    @Test
    void anAdministratorOpensAnAccountThatIsCheckedFirstAndAudited() throws Exception {
        open(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn(BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD, "en");
        browser.get(base + "admin/users");

        byId("create:newUsername").sendKeys("li.hua");
        byId("create:newDisplayName").sendKeys("李华");
        byId("create:newPassword").sendKeys("short");
        browser.findElement(By.cssSelector("input[name='create:newRoles'][value='TRANSLATOR']")).click();
        browser.findElement(By.cssSelector("input[name='create:newLanguages'][value='ru']")).click();
        byId("create:createAccount").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form#create"), "at least 12 characters"));
        assertThat(messages()).contains("The account was not opened");
        assertThat(browser.findElement(By.cssSelector("form#users")).getText()).doesNotContain("li.hua");
        // What was typed stays, except the password.
        assertThat(byId("create:newUsername").getAttribute("value")).isEqualTo("li.hua");
        Browser.screenshot(browser, "admin-users-refused-en");

        byId("create:newPassword").sendKeys("a-long-enough-password");
        byId("create:createAccount").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "The account li.hua was opened."));
        assertThat(browser.findElement(By.cssSelector("form#users")).getText()).contains("li.hua").contains("李华");
        Browser.screenshot(browser, "admin-users-created-en");

        browser.get(base + "admin/audit");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("li.hua");

        // The new translator can sign in with the password the administrator gave.
        browser.findElement(By.cssSelector("[id='account:logout']")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        // The administrator chose the password, so the new translator is asked for one of their own first.
        signIn("li.hua", "a-long-enough-password", "zh");
        assertThat(browser.getCurrentUrl()).doesNotContain("/admin/users");
    }

    @Test
    void everyAdministrationPageOpensInChineseRussianAndEnglishOnALaptopAndAPhone() throws Exception {
        for (int width : List.of(1280, 360)) {
            open(width, width > 800 ? 1000 : 780);
            wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signIn(BackOfficeHttp.ADMIN, BackOfficeHttp.ADMIN_PASSWORD, "zh");
            for (String language : List.of("zh", "ru", "en")) {
                browser.get(base + "admin/language?lang=" + language + "&back=/admin/dashboard");
                for (String page : List.of("dashboard", "translations", "media", "users", "audit", "reindex")) {
                    browser.get(base + "admin/" + page);
                    assertThat(browser.getTitle()).as(page + " in " + language).isNotBlank();
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                    assertThat(browser.findElements(By.tagName("h1"))).as(page + " in " + language).isNotEmpty();
                    assertThat(browser.getPageSource()).as(page + " in " + language)
                            .doesNotContain("???").doesNotContain("Exception").doesNotContain("#{");
                    long overflow = (Long) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    assertThat(overflow).as(page + " in " + language + " at " + width + " px scrolls sideways").isLessThanOrEqualTo(0);
                    Browser.screenshot(browser, "admin-" + page + "-" + language + "-" + width);
                }
            }
            if (width > 800) {
                // The status chart draws on its canvas, and the index is rebuilt with its progress polled.
                browser.get(base + "admin/dashboard");
                wait.until(b -> Boolean.TRUE.equals(browser.executeScript(
                        "var c = document.querySelector('.dash-chart canvas'); return c != null && c.width > 0")));
                browser.get(base + "admin/reindex");
                byId("reindex:start").click();
                wait.withTimeout(Duration.ofSeconds(90)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reindex:state"), "Done:"));
                Browser.screenshot(browser, "admin-reindex-done-en");
            }
            browser.quit();
            browser = null;
        }
    }
}
