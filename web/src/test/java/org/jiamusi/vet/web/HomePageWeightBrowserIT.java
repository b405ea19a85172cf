package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page on an empty cache, in a real headless Chromium: everything it transfers (the page,
 * styles, scripts, fonts and images, as the browser's resource timing counts them, compressed and
 * with headers) stays under 400 KB, so it loads quickly on a slow phone connection.
 */
class HomePageWeightBrowserIT extends BrowserTest {

    static final long BUDGET_BYTES = 400 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru", "en"})
    void homePageTransfersAtMost400KilobytesOnAnEmptyCache(String lang) throws Exception {
        open(360, 800);
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));

        browser.get(base + lang + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> "complete".equals(
                ((ChromeDriver) driver).executeScript("return document.readyState")));
        browser.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => setTimeout(done, 300));");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({name: e.name, transfer: e.transferSize, body: e.encodedBodySize}));""");

        long transferred = entries.stream().mapToLong(e -> ((Number) e.get("transfer")).longValue()).sum();
        long bodies = entries.stream().mapToLong(e -> ((Number) e.get("body")).longValue()).sum();
        System.out.printf("Home page /%s/ on an empty cache: %d requests, %.1f KB transferred (%.1f KB of bodies)%n",
                lang, entries.size(), transferred / 1024.0, bodies / 1024.0);
        entries.forEach(e -> System.out.printf("  %7.1f KB  %s%n", ((Number) e.get("transfer")).longValue() / 1024.0, e.get("name")));
        Browser.screenshot(browser, "home-" + lang + "-360");

        assertThat(entries).hasSizeGreaterThan(2);
        assertThat(bodies).as("every response was counted").isPositive();
        assertThat(transferred).as("bytes transferred for /" + lang + "/").isLessThanOrEqualTo(BUDGET_BYTES);
    }
}
