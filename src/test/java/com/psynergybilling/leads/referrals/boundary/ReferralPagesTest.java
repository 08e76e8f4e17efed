package com.psynergybilling.leads.referrals.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.Pages;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the removal pages promise must hold whoever sees them, for any address: known, unknown or held. */
class ReferralPagesTest {

    final Pages pages = new Pages();

    private String flat(String page, Map<String, ?> scope) {
        return pages.render(page, scope).replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("R9, R20: the removal pages say the colleague data is deleted unless a legal obligation keeps it, "
            + "never that it is deleted outright, and tell no one whether this address is held")
    void theRemovalPagesAllowForAHold() {
        var removed = flat("referral-removed", Map.of("title", "You have been removed"));
        var confirm = flat("referral-removal-confirm", Map.of("title", "Stop more than invitations", "token", "t",
                "hasToken", true, "offersPromotions", true, "offersSharing", true, "nothingOpen", false));
        var remove = flat("referral-remove", Map.of("title", "Remove your address", "token", "t", "hasToken", true));
        for (String page : new String[]{removed, confirm}) {
            assertTrue(page.contains("are deleted, unless a legal obligation requires us to keep them for now"), page);
            assertFalse(page.matches(".*are deleted\\.</p>.*"), page);
        }
        assertTrue(remove.contains("unless a legal obligation requires us to keep them for a while"), remove);
    }

    @Test
    @DisplayName("R9: the page after a removal and the API description promise a letter only as it is sent: maybe, "
            + "by address, while something is left to stop, at most once a day; and allow for a hold")
    void aLetterIsPromisedOnlyAsItIsSent() throws NoSuchMethodException {
        var removed = flat("referral-removed", Map.of("title", "You have been removed"));
        assertTrue(removed.contains("we may send a letter to it"), removed);
        assertFalse(removed.contains("we send a letter"), removed);
        String description = ReferralRemovalsResource.class.getMethod("remove", String.class)
                .getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class).description();
        assertTrue(description.contains("A removal by address of a lead's address may bring a letter"), description);
        assertTrue(description.contains("at most one a day"), description);
        assertTrue(description.contains("unless a legal hold keeps them"), description);
    }
}
