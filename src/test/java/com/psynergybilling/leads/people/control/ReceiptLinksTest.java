package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.TestSignedIds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptLinksTest {

    static final String ID = "5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11";
    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final ReceiptLinks.Claims CLAIMS = new ReceiptLinks.Claims(ID, AT, "DEMO_REQUEST", "2024-06-30",
            List.of("fullName", "email", "comments", "userAgent"), true, false, "j***@example-clinic.com");

    final ReceiptLinks links = TestReceiptLinks.of("receipt-links-test");

    @Test
    @DisplayName("R27: a link says what its receipt shows until the record's retention ends")
    void aLinkNamesItsSubmissionUntilTheRetentionEnds() {
        String token = links.token(CLAIMS);
        assertTrue(ReceiptLinks.SHAPE.matcher(token).matches(), token);
        assertEquals(Optional.of(CLAIMS), links.claims(token, AT.plusSeconds(60)));
        assertEquals(Instant.parse("2028-11-30T09:00:00Z"), links.expiry(AT));
        assertEquals(Optional.of(CLAIMS), links.claims(token, Instant.parse("2028-11-30T08:59:59Z")));
        assertEquals(Optional.empty(), links.claims(token, Instant.parse("2028-11-30T09:00:00Z")));
    }

    @Test
    @DisplayName("R20: a forged or altered link names nothing")
    void forgedLinksNameNothing() {
        String token = links.token(CLAIMS);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
        assertEquals(Optional.empty(), links.claims(altered, AT));
        String[] parts = token.split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2] + "." + parts[3];
        assertEquals(Optional.empty(), links.claims(later, AT), "a later time breaks the signature");
        String other = TestReceiptLinks.of("receipt-links-test").token(new ReceiptLinks.Claims(ID, AT, "DEMO_REQUEST",
                "2024-06-30", List.of("email"), false, true, "j***@example-clinic.com"));
        String swapped = parts[0] + "." + parts[1] + "." + other.split("\\.")[2] + "." + parts[3];
        assertEquals(Optional.empty(), links.claims(swapped, AT), "changed claims break the signature");
        assertEquals(Optional.empty(), TestReceiptLinks.of("another-key").claims(token, AT));
        String otherPurpose = TestSignedIds.of("receipt-links-test").signed("unsubscribe",
                parts[0] + "." + parts[1] + "." + parts[2]);
        assertEquals(Optional.empty(), links.claims(otherPurpose, AT), "a token for another purpose");
        assertEquals(Optional.empty(), links.claims(null, AT));
        assertEquals(Optional.empty(), links.claims("../../etc", AT));
    }

    @Test
    @DisplayName("R4: an answer that stored nothing carries a link made as a stored one's is")
    void anUnstoredLinkSaysWhatWasPosted() {
        var data = new SubmittedData(EmailAddress.of("pat@example.com"), "Pat", null, "Org", null, null, null, null,
                null, null, "203.0.113.9", "Firefox");
        String url = links.unstoredUrl(ID, "WEBINAR_SIGNUP", data, true, true);
        assertTrue(url.startsWith("http://leads.test/receipts/" + ID + "."), url);
        var claims = links.claims(url.substring(url.lastIndexOf('/') + 1), Instant.now()).orElseThrow();
        assertEquals(List.of("fullName", "email", "organization", "clientAddress", "userAgent"), claims.fields());
        assertEquals("WEBINAR_SIGNUP", claims.form());
        assertEquals("p***@example.com", claims.principal());
        assertTrue(claims.consent() && claims.gpc());
        assertNotEquals(links.decoyUrl(ID, "DEMO_REQUEST"), url);
        String decoy = links.decoyUrl(ID, "DEMO_REQUEST");
        assertTrue(ReceiptLinks.SHAPE.matcher(decoy.substring(decoy.lastIndexOf('/') + 1)).matches(), decoy);
    }
}
