package com.psynergybilling.leads.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.people.entity.ConsentReceipt;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.policy.control.TestPolicies;
import jakarta.json.Json;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptPageTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    @DisplayName("R1: the receipt's page shows the collection record, every value escaped")
    void thePageEscapesWhatItShows() {
        var policy = TestPolicies.bundled().current();
        var person = new Person(EmailAddress.of("pat@example.com"), "hash", AT);
        var data = new SubmittedData(person.email(), "Pat", null, null, null, null, null, null, null, null, null, null);
        var submission = new Submission(person, data, true, true,
                policy.collect("WEBINAR_SIGNUP", data.presentFields(), true, AT));
        var receipt = Json.createObjectBuilder(ConsentReceipt.of(submission, policy,
                        ConsentReceipt.Controller.psynergyBilling("https://example.com/p?a=1&b=\"x\""),
                        AT.plusSeconds(3600), 24))
                .add("piiPrincipalId", "<script>alert(1)</script>@example.com").build();

        String html = new Pages().render("consent-receipt", ReceiptPage.scope(receipt));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;@example.com"), html);
        assertTrue(html.contains("href=\"https://example.com/p?a&#61;1&amp;b&#61;&quot;x&quot;\""), html);
        assertTrue(html.contains("Webinar sign-up"), html);
        assertTrue(html.contains("version " + policy.version()), html);
        assertTrue(html.contains("30 November 2026, 09:00 UTC"), html);
        assertTrue(html.contains("you agreed"), html);
        assertTrue(html.contains("your browser sent it"), html);
        assertTrue(html.contains("disclosed to Business Partners"), html);
        assertTrue(html.contains("<td>Marketing and Promotional Purposes</td><td>none of this form&#39;s data</td>"),
                "R3: a sign-up's name and email do not serve marketing by the table");
    }

    @Test
    void anAnswersReceiptFieldBecomesItsLinkHeader() {
        assertEquals(Optional.of("<https://leads.example.com/receipts/a.1.b>; rel=\"describedby\"; "
                        + "type=\"application/json\""), ReceiptLinkHeader.of("{\"id\":\"x\",\"receipt\":\"https://leads.example.com/receipts/a.1.b\"}"));
        assertEquals(Optional.empty(), ReceiptLinkHeader.of("{\"id\":\"x\"}"));
        assertEquals(Optional.empty(), ReceiptLinkHeader.of("{\"receipt\":\"https://x.test/>; rel=evil\"}"));
        assertEquals(Optional.empty(), ReceiptLinkHeader.of("not json"));
    }
}
