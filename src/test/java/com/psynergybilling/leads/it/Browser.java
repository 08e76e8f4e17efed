package com.psynergybilling.leads.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both paths are given to
 * Selenium so that Selenium Manager never looks for (or downloads) a browser or a driver.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING =
            "Chromium not installed: browser tests skipped (apt-get install -y chromium chromium-driver)";
    // Debian's Chromium is newer than every DevTools protocol this Selenium knows, and Selenium warns
    // so on each start; the tests speak WebDriver only. Held here so the logger keeps its level.
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSIONS.setLevel(Level.SEVERE);
    }

    private static Browser running;

    private final String target;
    private final Path profile;
    private final ChromeDriver driver;
    private final Dimension firstSize;

    private Browser(String target, Path profile, ChromeDriver driver) {
        this.target = target;
        this.profile = profile;
        this.driver = driver;
        this.firstSize = driver.manage().window().getSize();
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * A clean tab in which {@code host} (the service's public host name) reaches the service on
     * 127.0.0.1:{@code port} and no other host name resolves, so whatever a page links or redirects
     * to, the browser talks to the service on loopback and to nothing else. One Chromium serves the
     * whole test JVM (a launch costs about two seconds of both cores): each call closes the last
     * call's tabs, clears cookies, storage and cache, and restores the window's size, so no test sees
     * another's session or scripts. {@link #close()} keeps the browser for the next test; it quits
     * when another port is asked for, and when the JVM ends.
     */
    public static synchronized Browser start(String host, int port) {
        String target = host + " " + port;
        if (running != null && !running.target.equals(target)) {
            running.quit();
            running = null;
        }
        if (running == null) {
            running = launch(host, port, target);
            Runtime.getRuntime().addShutdownHook(new Thread(running::quit));
        }
        running.clean("http://" + host);
        return running;
    }

    private static Browser launch(String host, int port, String target) {
        Path profile = temporaryProfile();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP " + host + " 127.0.0.1:" + port + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(target, profile, driver);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** One new blank tab, the others closed (scripts a test added to its pages go with them), no stored state. */
    private void clean(String origin) {
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.manage().window().setSize(firstSize);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Hands the browser back for the next test (see {@link #start}). */
    @Override
    public void close() {
        // kept: the next start cleans it
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("leads-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temp folder is harmless; the test's outcome matters more.
        }
    }

    /**
     * Disables a test class when Chromium or chromedriver is missing. Conditions run before any
     * other extension, so Arquillian never boots Payara Micro for a class that would be skipped.
     */
    public static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return installed() ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
                    : ConditionEvaluationResult.disabled(MISSING);
        }
    }
}
