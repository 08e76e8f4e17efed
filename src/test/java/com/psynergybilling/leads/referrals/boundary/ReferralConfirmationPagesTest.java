package com.psynergybilling.leads.referrals.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.Pages;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The referral pages promise what the code does: an unconfirmed referral's colleagues are deleted when the link
 * expires, while the referrer's own entry is a submission kept under the lead retention (R9, R20).
 */
class ReferralConfirmationPagesTest {

    final Pages pages = new Pages();

    @Test
    @DisplayName("R9, R20: the pages say the colleagues' names and addresses are deleted, the referrer's own kept")
    void thePagesSayWhatIsDeletedAndWhatIsKept() {
        var sent = flat(pages.render("referral-sent", Map.of("title", "Check your email", "hours", 48)));
        var confirm = flat(pages.render("referral-confirm", Map.of("title", "Confirm your referral", "token", "t",
                "hasToken", true)));
        var form = flat(pages.render("forms/referral", Map.of("notice", "")));
        for (String page : new String[]{sent, confirm, form}) {
            assertFalse(page.contains("what you typed") || page.contains("what was typed"), page);
            assertTrue(page.contains("names and addresses"), page);
            assertTrue(page.contains("kept as the notice") || page.contains("keep as the notice"), page);
        }
        assertTrue(sent.contains("within 48 hours; if you do not, we delete their names and addresses."), sent);
        assertTrue(confirm.contains("the colleagues' names and addresses are deleted when the link expires"), confirm);
    }

    private static String flat(String html) {
        return html.replaceAll("\\s+", " ").replace("&#39;", "'");
    }
}
