package org.jiamusi.vet.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by its own chromedriver: no browser or driver is downloaded.
 * The flags keep Chromium from reaching for the network on its own.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        return start(width, height, "zh-CN,zh;q=0.9");
    }

    /** A browser whose reader prefers the languages of an {@code Accept-Language} header. */
    static ChromeDriver start(int width, int height, String acceptLanguages) {
        File driver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        if (!driver.canExecute() || !chromium.canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver at " + chromium + " and " + driver
                    + " (Debian: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=" + Math.max(width, 800) + "," + height);
        if (width < 800) {
            // Desktop Chromium will not make a window narrower than about 500 px: emulate the phone's viewport.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        // the console, so that a test can see what the content security policy blocked
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * What the content security policy refused in this browser since the last call (an inline
     * script without the page's nonce, a handler PrimeFaces did not move): each is a broken widget.
     */
    static List<String> policyViolations(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
