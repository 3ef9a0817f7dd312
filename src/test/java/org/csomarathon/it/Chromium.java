package org.csomarathon.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, making no connections of their own. Where they
 * are not installed, the browser tests are skipped with one line saying why; nothing is ever
 * downloaded.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A desktop browser window of the given size. */
    public static ChromeDriver desktop(int width, int height) throws IOException {
        return start(new ChromeOptions().addArguments("--window-size=" + width + "," + height));
    }

    /** A phone: the viewport is {@code width} CSS pixels wide, as on a small Android phone. */
    public static ChromeDriver phone(int width, int height) throws IOException {
        return start(new ChromeOptions().setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2))));
    }

    private static ChromeDriver start(ChromeOptions options) throws IOException {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed) {
            System.out.println("Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("chromium-profile");
        options.setBinary(BROWSER.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--lang=ru", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
