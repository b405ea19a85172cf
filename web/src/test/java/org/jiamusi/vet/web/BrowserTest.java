package org.jiamusi.vet.web;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * A test of the deployed site in Debian's headless Chromium ({@link Browser}): every browser it
 * opens is closed after each test, whether the test passed or not.
 */
abstract class BrowserTest extends DeployedSiteTest {

    /** The browser the test opened last. */
    ChromeDriver browser;

    private final List<ChromeDriver> opened = new ArrayList<>();

    /** A browser of that window size whose reader prefers Chinese, as most of the city's readers do. */
    ChromeDriver open(int width, int height) {
        return remember(Browser.start(width, height));
    }

    /** A browser whose reader prefers the languages of an {@code Accept-Language} header. */
    ChromeDriver open(int width, int height, String acceptLanguages) {
        return remember(Browser.start(width, height, acceptLanguages));
    }

    private ChromeDriver remember(ChromeDriver started) {
        opened.add(started);
        browser = started;
        return started;
    }

    @AfterEach
    void closeBrowsers() {
        // quitting a browser the test already closed does nothing
        opened.forEach(ChromeDriver::quit);
        opened.clear();
        browser = null;
    }
}
