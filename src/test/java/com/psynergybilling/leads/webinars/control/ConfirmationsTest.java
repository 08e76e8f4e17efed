package com.psynergybilling.leads.webinars.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.control.MailTemplates;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmationsTest {

    @Test
    void theStartIsWrittenOutInUtc() {
        assertEquals("Thursday, 14 January 2027 at 17:00 UTC", Confirmations.when(Instant.parse("2027-01-14T17:00:00Z")));
        assertEquals("Thursday, 14 January 2027 at 23:30 UTC",
                Confirmations.when(Instant.parse("2027-01-15T01:30:00+02:00")));
    }

    @Test
    void theConfirmationCarriesTheTitleEscapedTheStartAndThePostalAddress() {
        var mail = new MailTemplates().render(Confirmations.TEMPLATE, Map.of("title", "Claims & <denials> {{x}}",
                "fullName", "Jane O'Brien", "startsAt", "Thursday, 14 January 2027 at 17:00 UTC"));
        assertEquals("You're registered: Claims & <denials> {{x}}", mail.subject());
        assertTrue(mail.html().contains("<strong>Claims &amp; &lt;denials&gt; {{x}}</strong>"), mail.html());
        assertTrue(mail.html().contains("Hello Jane O&#39;Brien,"), mail.html());
        assertTrue(mail.text().contains("    Claims & <denials> {{x}}\n"), mail.text());
        for (String body : new String[]{mail.text(), mail.html()}) {
            assertTrue(body.contains("It starts on Thursday, 14 January 2027 at 17:00 UTC."), body);
            assertTrue(body.contains("Psynergy Billing LLC, 2621 Montega Drive, Suite E, Springfield, IL 62704"));
        }
    }
}
