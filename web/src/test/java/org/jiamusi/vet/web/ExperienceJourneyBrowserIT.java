package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pupil on a phone finds a career-experience course by interest and school stage and reaches its
 * sessions; and the institution and experience pages in every language, on a phone and a laptop,
 * with screenshots in {@code target/screenshots}.
 */
class ExperienceJourneyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site().addClass(BrowseFixture.class);
    }

    @Test
    void pupilOnAPhoneFindsACourseByInterestAndGradeAndReachesItsSessions() throws Exception {
        open(360, 800);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(base + "zh/experiences");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("职业体验");
        assertNoSideways();
        Browser.screenshot(browser, "journey-1-experiences-zh-360");

        browser.findElement(By.xpath("//nav[@aria-labelledby='filter-interest']//a[contains(., '学前教育')]")).click();
        wait.until(ExpectedConditions.urlContains("interest=preschool-education"));
        browser.findElement(By.xpath("//nav[@aria-labelledby='filter-grade']//a[contains(., '小学')]")).click();
        wait.until(ExpectedConditions.urlContains("grade=primary"));
        assertThat(browser.getCurrentUrl()).contains("interest=preschool-education");
        assertThat(browser.findElement(By.cssSelector("nav[aria-labelledby='filter-grade'] a[aria-current='page']")).getText()).contains("小学");
        assertNoSideways();
        Browser.screenshot(browser, "journey-2-filtered-zh-360");

        WebElement card = browser.findElement(By.xpath("//li[contains(@class,'course-card')][.//a[contains(., '给玩具小火车上色')]]"));
        WebElement picture = card.findElement(By.tagName("img"));
        assertThat(picture.getAttribute("alt")).isEqualTo("插图：积木和小皮球");
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", picture))
                .as("the picture loads from the site").isTrue();
        WebElement toSessions = card.findElement(By.cssSelector("a.button"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", toSessions);
        Browser.screenshot(browser, "journey-3-card-zh-360");
        toSessions.click();

        wait.until(ExpectedConditions.urlContains("#sessions"));
        WebElement sessions = browser.findElement(By.id("sessions")).findElement(By.xpath(".."));
        assertThat(sessions.getText()).contains("剩余3个名额", "已满", "测试楼101室", "09:00–10:00");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("给玩具小火车上色");
        Long sessionsTop = (Long) browser.executeScript("return Math.round(document.getElementById('sessions').getBoundingClientRect().top);");
        assertThat(sessionsTop).as("the sessions are on screen").isBetween(-10L, 800L);
        assertNoSideways();
        Browser.screenshot(browser, "journey-4-sessions-zh-360");
    }

    @Test
    void institutionAndExperiencePagesFitAPhoneAndALaptopInEveryLanguage() throws Exception {
        for (int width : new int[]{1280, 360}) {
            open(width, width == 360 ? 800 : 900);
            for (String lang : new String[]{"zh", "ru", "en"}) {
                browser.get(base + lang + "/institutions");
                shot(lang + "-institutions-" + width);
                String school = switch (lang) {
                    case "zh" -> BrowseFixture.INSTITUTION_ZH;
                    case "ru" -> BrowseFixture.INSTITUTION_RU;
                    default -> BrowseFixture.INSTITUTION_EN;
                };
                browser.findElement(By.linkText(school)).click();
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg[role='img']")));
                shot(lang + "-institution-" + width);
                browser.get(base + lang + "/experiences?interest=preschool-education&grade=primary");
                shot(lang + "-experiences-" + width);
                browser.findElement(By.cssSelector(".course-card__title a")).click();
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("sessions")));
                shot(lang + "-experience-" + width);
            }
            browser.quit();
            browser = null;
        }
    }

    private void shot(String name) throws Exception {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(name.substring(0, 2));
        Browser.screenshot(browser, name);
        assertNoSideways();
    }

    private void assertNoSideways() {
        Long width = (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object widest = browser.executeScript("""
                const limit = document.documentElement.clientWidth;
                const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1);
                return over.slice(-3).map(e => e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join(' | ');""");
        assertThat(width).as("no sideways scrolling on " + browser.getCurrentUrl() + ", wider: " + widest).isLessThanOrEqualTo(0L);
    }
}
