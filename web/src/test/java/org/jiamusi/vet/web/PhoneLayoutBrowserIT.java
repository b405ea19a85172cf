package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in every language on a 360 px wide phone: nothing wider than the screen, a
 * heading to start from, and a screenshot of each in {@code target/screenshots/phone-*.png} to look at.
 */
class PhoneLayoutBrowserIT extends BrowserTest {

    private static final long PHONE_WIDTH = 360;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @Test
    void everyPageFitsA360PixelScreen() throws Exception {
        open((int) PHONE_WIDTH, 780);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String lang : SitePages.LANGUAGES) {
            for (SitePages.SitePage page : SitePages.of(base, lang)) {
                browser.get(base + page.path());
                pages++;
                Browser.screenshot(browser, "phone-" + page.name());
                long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                if (width > PHONE_WIDTH) {
                    @SuppressWarnings("unchecked")
                    List<String> wide = (List<String>) browser.executeScript(
                            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > " + PHONE_WIDTH + " || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1))"
                                    + ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''));");
                    problems.add(page.name() + ": " + width + " px wide, too wide: " + wide);
                }
                if (browser.findElements(By.tagName("h1")).stream().noneMatch(h -> h.isDisplayed())) {
                    problems.add(page.name() + ": no visible heading");
                }
            }
        }
        System.out.printf("Phone layout (360 px): %d pages checked, screenshots in target/screenshots/phone-*.png%n", pages);
        assertThat(problems).as("pages that do not fit a 360 px phone").isEmpty();
    }
}
