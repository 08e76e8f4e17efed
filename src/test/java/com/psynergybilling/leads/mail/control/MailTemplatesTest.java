package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    final MailTemplates templates = new MailTemplates();

    @Test
    void htmlEscapesValuesAndTextKeepsThemVerbatim() {
        var mail = templates.render("test-message", Map.of("text", "<script>alert('x')</script> & {{secret}} {{> partial}}"));
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {{secret}} {{&gt; partial}}"),
                mail.html());
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.text().contains("<script>alert('x')</script> & {{secret}} {{> partial}}"), mail.text());
    }

    @Test
    void theReferralInvitationCarriesNamesLinkAndPostalAddress() {
        var mail = templates.render("referral-invitation", "{\"referrerName\":\"Ann <b>O'Neil</b>\","
                + "\"colleagueName\":\"Bob\",\"removeUrl\":\"https://leads.example/referrals/remove?token=a&b=c\"}");
        assertEquals("Ann <b>O'Neil</b> thinks Psynergy Billing could help your practice", mail.subject());
        assertTrue(mail.html().contains("Ann &lt;b&gt;O&#39;Neil&lt;/b&gt; gave us your address"), mail.html());
        assertTrue(mail.html().contains("<a href=\"https://leads.example/referrals/remove?token&#61;a&amp;b&#61;c\">Remove my address</a>"),
                mail.html());
        assertTrue(mail.text().contains("https://leads.example/referrals/remove?token=a&b=c"));
        for (String body : new String[]{mail.text(), mail.html()}) {
            assertTrue(body.contains("the only email you will get from this referral"));
            assertTrue(body.contains("Psynergy Billing LLC, 2621 Montega Drive, Suite E, Springfield, IL 62704"));
            assertTrue(body.contains("billing, practice-management and health-records software"));
        }
    }

    @Test
    void aLineBreakInAValueCannotLeaveTheSubjectLine() {
        var mail = templates.render("referral-invitation", Map.of("referrerName", "Eve\r\nBcc: victim@example.com\n",
                "colleagueName", "x", "removeUrl", "https://x.example/"));
        assertEquals("Eve Bcc: victim@example.com thinks Psynergy Billing could help your practice", mail.subject());
    }

    @Test
    void onlyLibraryTemplatesByNameAndStringValues() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("../templates/thank-you", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> templates.render("Test-Message", Map.of()));
        assertThrows(RuntimeException.class, () -> templates.render("no-such-template", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> templates.render("test-message", "{\"text\":{\"a\":1}}"));
    }

    @Test
    @DisplayName("R27, R20: the letter closing a request the erasure overtook says truly why, escaped in HTML")
    void theClosingLetterSaysWhy() {
        var model = new java.util.HashMap<>(Map.of("fullName", "Ann <b>Agent</b>", "request", "access your data",
                "requestId", "r-1", "receivedAt", "2 November 2026", "appealed", "", "byRequest", "", "asMinor", "",
                "byRetention", "yes"));
        var byRetention = templates.render("privacy-closed", model);
        assertEquals("Your privacy request: closed", byRetention.subject());
        assertTrue(byRetention.html().contains("Hello Ann &lt;b&gt;Agent&lt;/b&gt;"), byRetention.html());
        for (String body : new String[]{byRetention.text(), byRetention.html()}) {
            String flat = body.replaceAll("\\s+", " ");
            assertTrue(flat.contains("closed this request without acting on it further, because we have deleted"), flat);
            assertTrue(flat.contains("keeps a lead's data only for a limited time"), flat);
            assertFalse(flat.contains("you asked us to delete it") || flat.contains("belongs to someone under 18"), flat);
            // What stays is named: the opt-out, a referred colleague's and a minor's scrambled address, the CRM's notice.
            assertFalse(flat.contains("keep only"), flat);
            for (String kept : new String[]{"to honour an opt-out, a complaint or a bounced message",
                    "to never invite you twice if a colleague referred you", "to keep someone under 18 from all contact",
                    "our record of telling our CRM to delete its copy"}) {
                assertTrue(flat.contains(kept), flat);
            }
        }
        model.put("byRetention", "");
        model.put("byRequest", "yes");
        model.put("appealed", "yes");
        var byRequest = templates.render("privacy-closed", model);
        for (String body : new String[]{byRequest.text(), byRequest.html()}) {
            String flat = body.replaceAll("\\s+", " ");
            assertTrue(flat.contains("you asked us to delete it, and we did.") && flat.contains("You appealed"), flat);
            assertFalse(flat.contains("limited time"), flat);
        }
    }

    @Test
    @DisplayName("R18: the access-report letter itself lists each recipient with its address, the categories and the dates")
    void theAccessReportLetterNamesEveryRecipient() {
        var model = new java.util.HashMap<String, String>(Map.of("fullName", "Pat", "request", "send you your data",
                "requestId", "r1", "receivedAt", "1 December 2026", "categories", "Basic Identifiers", "sources", "Demo request",
                "purposes", "With your consent", "recipients", "Business Partners", "pieces", "3"));
        model.put("disclosures", "1, to these recipients:");
        model.put("disclosedTo", "- Acme <Partners> (Business Partners), postal address: 1 Main St. What: Basic "
                + "Identifiers. Why: With your consent. When: 30 November 2026.");
        var mail = templates.render("privacy-access-report", model);
        assertTrue(mail.text().contains("Disclosures to recipients outside the company: 1, to these recipients:\n"
                + "- Acme <Partners> (Business Partners), postal address: 1 Main St. What: Basic Identifiers."), mail.text());
        assertTrue(mail.html().contains("- Acme &lt;Partners&gt; (Business Partners), postal address: 1 Main St. What:"),
                mail.html());
        model.put("disclosures", "none");
        model.put("disclosedTo", "");
        var none = templates.render("privacy-access-report", model);
        assertTrue(none.text().contains("outside the company: none\nPieces of data"), none.text());
        assertFalse(none.html().contains("pre-line"), none.html());
    }

    @Test
    @DisplayName("R9, R20: the removal letter says the colleague data was deleted, or, under a legal hold, that it is kept")
    void theRemovalLetterSaysWhatBecameOfTheColleagueData() {
        var deleted = templates.render("referral-removal-confirmation", Map.of("confirmUrl", "https://leads.test/c"));
        var kept = templates.render("referral-removal-confirmation", Map.of("confirmUrl", "https://leads.test/c",
                "keptUnderHold", "yes"));
        for (String body : java.util.List.of(deleted.text(), deleted.html())) {
            assertTrue(body.contains("gave us when referring you are deleted."), body);
            assertFalse(body.contains("kept for now"), body);
        }
        for (String body : java.util.List.of(kept.text(), kept.html())) {
            assertTrue(body.contains("are kept for now, because a legal\nobligation requires us to keep them")
                    || body.contains("are kept for now, because a legal obligation"), body);
            assertFalse(body.contains("are deleted"), body);
        }
    }
}
