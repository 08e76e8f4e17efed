package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console as the tests use it: a session over plain HTTP, and helpers for the browser. */
final class Console {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Console() {
    }

    /** A session opened through the sign-in form over HTTP: the cookie's value and the page's CSRF token. */
    record Session(Api api, String cookie, String csrf) {

        String[] headers() {
            return new String[]{"Cookie", "leads_console=" + cookie};
        }

        HttpResponse<String> get(String path) {
            return api.get(path, headers());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            return api.postForm(path, fields, headers());
        }
    }

    static HttpResponse<String> signInResponse(Api api, String user, String password) {
        return api.postForm("console/login", Api.fields("username", user, "password", password));
    }

    static Session signIn(Api api, String user, String password) {
        var response = signInResponse(api, user, password);
        assertEquals(303, response.statusCode(), response.body());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("leads_console=")).findFirst().orElseThrow()
                .replaceAll("^leads_console=([^;]*);.*$", "$1");
        var home = api.get("console", "Cookie", "leads_console=" + cookie);
        assertEquals(200, home.statusCode(), home.body());
        return new Session(api, cookie, csrfOf(home.body()));
    }

    static String csrfOf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    /**
     * Makes every page this browser opens from now on record the Content-Security-Policy violations
     * it causes (a blocked inline style or script), for {@link #cspViolations}. The recorder comes in
     * through DevTools, before the page's own scripts, and is itself subject to no page's policy.
     */
    static void watchCsp(WebDriver page) {
        ((org.openqa.selenium.chrome.ChromeDriver) page).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' '"
                        + " + (e.sample || '')));"));
    }

    /** What the current page's CSP blocked so far (empty where {@link #watchCsp} was not called). */
    static java.util.List<?> cspViolations(WebDriver page) {
        Object found = ((org.openqa.selenium.JavascriptExecutor) page).executeScript("return window.__csp || [];");
        return found instanceof java.util.List<?> list ? list : java.util.List.of();
    }

    /** Sets a date or date-and-time field's value as the browser's own picker would (its typing is locale-bound). */
    static void setValue(WebDriver page, By field, String value) {
        ((org.openqa.selenium.JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];",
                page.findElement(field), value);
    }

    /** Signs the browser in through the form and waits for the console's start page. */
    static void signIn(WebDriver page, String publicUrl, String user, String password) {
        watchCsp(page);
        page.get(publicUrl + "/console/login");
        page.findElement(By.id("username")).sendKeys(user);
        page.findElement(By.id("password")).sendKeys(password);
        page.findElement(By.cssSelector("main button[type=submit]")).click();
        try {
            waitFor(page).until(ExpectedConditions.urlToBe(publicUrl + "/console"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed in: " + page.findElement(By.tagName("main")).getText(), e);
        }
    }

    static WebDriverWait waitFor(WebDriver page) {
        return new WebDriverWait(page, Duration.ofSeconds(30));
    }

    /**
     * Saves the current page at 1280 and 390 pixels wide under target/screenshots/, after checking that
     * its CSP blocked nothing (so the page looks as it should without 'unsafe-inline') and that at 390
     * pixels nothing is wider than the window (readable on a phone without sideways scrolling).
     */
    static void screenshots(WebDriver page, String name) {
        assertEquals(java.util.List.of(), cspViolations(page), name + ": the page's CSP blocked something");
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[]{1280, 390}) {
                page.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                var shot = ((TakesScreenshot) page).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                if (width == 390) {
                    Object wide = ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                            "return document.documentElement.scrollWidth > window.innerWidth + 1;");
                    if (Boolean.TRUE.equals(wide) && !name.startsWith("openapi")) {
                        throw new AssertionError(name + " is wider than 390 pixels: it scrolls sideways on a phone");
                    }
                }
            }
            page.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
