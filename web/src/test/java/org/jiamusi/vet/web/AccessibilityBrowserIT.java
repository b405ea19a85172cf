package org.jiamusi.vet.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA as axe-core judges it, in Chromium, on every page type of the public site in every
 * language, at a desktop width and at a phone's: no serious or critical violation.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @Test
    void everyPageTypeInEveryLanguagePassesAxeAtDesktopWidth() throws Exception {
        open(1280, 900);
        assertNoSeriousViolations("desktop");
    }

    @Test
    void everyPageTypeInEveryLanguagePassesAxeOnAPhone() throws Exception {
        open(360, 800);
        assertNoSeriousViolations("phone");
    }

    @Test
    void keyboardReachesTheMainContentAndShowsWhereItIs() throws Exception {
        open(1280, 900);
        browser.get(base + "en/programmes");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.isDisplayed()).as("the skip link shows itself when it has the focus").isTrue();
        String outline = (String) browser.executeScript(
                "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + '|' + s.boxShadow;");
        assertThat(outline).as("a visible focus indicator").doesNotStartWith("none 0px|none");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    private void assertNoSeriousViolations(String width) throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String lang : SitePages.LANGUAGES) {
            for (SitePages.SitePage page : SitePages.of(base, lang)) {
                browser.get(base + page.path());
                Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
                pages++;
                for (Rule violation : results.getViolations()) {
                    if (BLOCKING.contains(violation.getImpact())) {
                        problems.add(page.name() + " (" + width + ", /" + page.path() + "): " + violation.getId() + " [" + violation.getImpact() + "] "
                                + violation.getHelp() + " at " + violation.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                    }
                }
            }
        }
        System.out.printf("axe-core (%s): %d pages checked, %d serious or critical violations%n", width, pages, problems.size());
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }
}
