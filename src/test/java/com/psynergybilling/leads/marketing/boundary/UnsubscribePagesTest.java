package com.psynergybilling.leads.marketing.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.Pages;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnsubscribePagesTest {

    final Pages pages = new Pages();

    @Test
    @DisplayName("R12: the pages do not promise that a message already claimed for sending stays unsent")
    void thePagesSayAMessageOnItsWayMayStillArrive() {
        var before = pages.render("unsubscribe", Map.of("title", "Unsubscribe", "token", "t", "hasToken", true));
        var after = pages.render("unsubscribed", Map.of("title", "You are unsubscribed"));
        for (String page : new String[]{before, after}) {
            String flat = page.replaceAll("\\s+", " ");
            assertTrue(flat.contains("A message already on its way may still arrive; no other will be sent.")
                    || flat.contains("a message already on its way may still arrive; no other will be sent."), flat);
            assertFalse(flat.contains("will not be sent") || flat.contains("on their way too"), flat);
        }
    }

    @Test
    @DisplayName("R12, R20: a link whose person was erased since never says the reader is unsubscribed")
    void anExpiredLinkSaysWhatItCouldNotDo() {
        String page = pages.render("unsubscribe-erased", Map.of("title", "This link has expired")).replaceAll("\\s+", " ");
        assertTrue(page.contains("could not unsubscribe anyone") && page.contains("use the unsubscribe link in the newest"),
                page);
        assertFalse(page.contains("You are unsubscribed"), page);
    }
}
