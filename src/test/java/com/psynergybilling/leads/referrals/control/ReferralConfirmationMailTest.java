package com.psynergybilling.leads.referrals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.control.MailTemplates;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferralConfirmationMailTest {

    final MailTemplates templates = new MailTemplates();

    @Test
    @DisplayName("R8: the referrer's confirmation mail says what goes to whom, escaped, with the link, and no name in the subject")
    void theConfirmationListsEveryColleagueEscaped() {
        var mail = templates.render(Referrals.CONFIRMATION, Map.of("referrerName", "Ann <b>O'Neil</b>",
                "colleague1", "Bob & Co <bob@example.com>", "colleague2", "Cy <cy@example.com>", "hours", "48",
                "confirmUrl", "https://leads.example/referrals/confirm?token=a&b=c"));
        assertEquals("Confirm your referral to Psynergy Billing", mail.subject());
        assertTrue(mail.html().contains("<li>Bob &amp; Co &lt;bob@example.com&gt;</li>"), mail.html());
        assertTrue(mail.html().contains("<li>Cy &lt;cy@example.com&gt;</li>"), mail.html());
        assertFalse(mail.html().contains("<b>"), "nothing a referrer typed becomes markup");
        assertTrue(mail.html().contains("<a href=\"https://leads.example/referrals/confirm?token&#61;a&amp;b&#61;c\">"),
                mail.html());
        assertEquals(2, mail.html().split("<li>", -1).length - 1, "only the colleagues given");
        assertTrue(mail.text().contains("  - Bob & Co <bob@example.com>\n  - Cy <cy@example.com>\n"), mail.text());
        assertTrue(mail.text().contains("https://leads.example/referrals/confirm?token=a&b=c"));
        for (String body : new String[]{mail.text(), mail.html()}) {
            assertTrue(body.contains("within 48 hours"), body);
            assertTrue(body.contains("Nobody is invited until"), body);
            assertTrue(body.contains("Psynergy Billing LLC, 2621 Montega Drive, Suite E, Springfield, IL 62704"));
        }
    }
}
