package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as people use them, in Chromium: the example demo-request form from filling to the
 * thank-you page, and the removal link of a received referral invitation.
 */
@ExtendWith(Browser.Required.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String FORM = "/forms/demo-request.html";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    static Mailbox mailbox;

    Api api;
    URI publicUrl;
    URI form;
    Instant started;
    String[] asSales;

    /**
     * The browser opens the form at the service's public URL (the pom's LEADS_PUBLIC_URL), which it
     * resolves to the service on loopback: the form page's CSP ({@code form-action 'self'}) also
     * governs the 303 after the post, so Chromium follows it to the public thank-you page only from
     * that origin, as for a visitor of the real service.
     */
    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        publicUrl = URI.create(Objects.requireNonNull(System.getenv("LEADS_PUBLIC_URL"), "the pom sets LEADS_PUBLIC_URL"));
        form = publicUrl.resolve(FORM);
        started = Instant.now().minusSeconds(1);
        String sales = Api.unique("sales").toLowerCase();
        asSales = Api.as(sales, api.staff(sales, "sales"));
    }

    @Test
    void demoRequestFormIsFilledPostedAndLandsOnTheThankYouPage() {
        String email = Api.unique("browser") + "@example.com";
        try (var browser = openForm()) {
            WebDriver page = browser.driver();
            type(page, "fullName", "Dana Browser");
            type(page, "email", email);
            type(page, "phone", "+1 217 555 0199");
            type(page, "organization", "Lakeside Physical Therapy");
            type(page, "businessAddress", "12 Shore Road\nSpringfield, IL 62704");
            type(page, "practiceSpecialty", "Physical therapy");
            type(page, "providerCount", "7");
            new Select(page.findElement(By.name("requestType"))).selectByValue("PRICING");
            type(page, "productInterest", "Claims and eligibility");
            type(page, "comments", "Line one\nLine two");
            page.findElement(By.name("ageConfirmed")).click();
            page.findElement(By.name("partnerSharingConsent")).click();

            var honeypot = page.findElement(By.name("website"));
            assertFalse(honeypot.isDisplayed(), "people never see the honeypot");
            assertEquals("", honeypot.getDomProperty("value"));

            page.findElement(By.cssSelector("button[type=submit]")).click();
            String thankYou = publicUrl.resolve("/thank-you").toString();
            // The built-in thank-you page links the post's consent receipt (?receipt=<token>).
            new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(
                    "^" + java.util.regex.Pattern.quote(thankYou) + "\\?receipt=[A-Za-z0-9._-]+$"));
            assertEquals("Thank you", page.findElement(By.tagName("h1")).getText());
        }

        var stored = storedWith(email);
        assertEquals(1, stored.size(), "exactly one request for " + email);
        var request = stored.get(0);
        assertEquals("Dana Browser", request.getString("fullName"));
        assertEquals("+1 217 555 0199", request.getString("phone"));
        assertEquals("Lakeside Physical Therapy", request.getString("organization"));
        // A browser sends a textarea's line breaks as CRLF, whatever was typed.
        assertEquals("12 Shore Road\nSpringfield, IL 62704", lf(request.getString("businessAddress")));
        assertEquals("Physical therapy", request.getString("practiceSpecialty"));
        assertEquals(7, request.getInt("providerCount"));
        assertEquals("PRICING", request.getString("requestType"));
        assertEquals("Claims and eligibility", request.getString("productInterest"));
        assertEquals("Line one\nLine two", lf(request.getString("comments")));
        assertTrue(request.getBoolean("partnerSharingConsent"));
        assertFalse(request.containsKey("pageUrl") && !request.isNull("pageUrl"), "the example leaves pageUrl empty");
        assertEquals("PRICING_REQUEST", request.getJsonObject("collection").getString("sourceForm"));
    }

    @Test
    @DisplayName("R4: the form does not leave the browser without the 18-or-older confirmation")
    void browserKeepsTheFormUntilAgeIsConfirmed() {
        String email = Api.unique("unconfirmed") + "@example.com";
        try (var browser = openForm()) {
            WebDriver page = browser.driver();
            type(page, "fullName", "Not Confirmed");
            type(page, "email", email);
            page.findElement(By.cssSelector("button[type=submit]")).click();

            assertEquals(form.toString(), page.getCurrentUrl());
            String message = page.findElement(By.name("ageConfirmed")).getDomProperty("validationMessage");
            assertFalse(message == null || message.isEmpty(), "the browser asks for the checkbox");
        }
        assertTrue(storedWith(email).isEmpty(), "nothing sent, nothing stored");
    }

    @Test
    @DisplayName("R9: a referred colleague opens the removal link of a received invitation, presses the button, "
            + "and is removed")
    void referredColleagueRemovesThemselvesFromTheInvitation() {
        String colleague = Api.unique("colleague") + "@example.com";
        String referrer = Api.unique("r") + "@example.com";
        String referral = "{\"referrerName\":\"Dr. Jane Doe\",\"referrerEmail\":\"" + referrer
                + "\",\"colleagues\":[{\"name\":\"Dr. Sam Lee\",\"email\":\"" + colleague
                + "\"}],\"permissionConfirmed\":true,\"ageConfirmed\":true}";
        assertEquals(202, api.postJson("api/v1/referrals", referral).statusCode());
        PublicIntakeIT.confirmByMail(api, mailbox, referrer);
        var invitation = mailbox.await(colleague, 1, Duration.ofSeconds(60)).get(0);
        String link = Mailbox.links(Mailbox.part(invitation, "text/html")).stream()
                .filter(l -> l.contains("/referrals/remove?token=")).findFirst().orElseThrow();

        try (var browser = Browser.start(publicUrl.getHost(), api.uri("/").getPort())) {
            WebDriver page = browser.driver();
            page.get(link);
            assertEquals("Remove your address", page.findElement(By.tagName("h1")).getText());
            page.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlToBe(publicUrl.resolve("/referrals/removed").toString()));
            assertEquals("You have been removed", page.findElement(By.tagName("h1")).getText());
        }

        assertEquals(202, api.postJson("api/v1/referrals", referral.replace("Dr. Jane Doe", "Dr. Other Referrer"))
                .statusCode());
        api.awaitDispatcherRounds(5, Duration.ofSeconds(60));
        assertEquals(1, mailbox.to(colleague).size(), "removed: never invited again");
    }

    private Browser openForm() {
        var browser = Browser.start(publicUrl.getHost(), api.uri("/").getPort());
        try {
            browser.driver().get(form.toString());
            assertEquals("Request a demo · Psynergy Billing", browser.driver().getTitle());
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    private static void type(WebDriver page, String name, String text) {
        page.findElement(By.name(name)).sendKeys(text);
    }

    private List<JsonObject> storedWith(String email) {
        var listed = api.get("api/v1/demo-requests?limit=200&since="
                + URLEncoder.encode(started.toString(), StandardCharsets.UTF_8), asSales);
        assertEquals(200, listed.statusCode(), listed.body());
        return Api.json(listed).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("email").equals(email.toLowerCase())).toList();
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }
}
