package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.TestSignedIds;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptLinksTest {

    static final String ID = "5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11";
    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    final ReceiptLinks links = TestReceiptLinks.of("receipt-links-test");

    @Test
    void aLinkNamesItsSubmissionUntilTheRetentionEnds() {
        String token = links.token(ID, AT);
        assertTrue(ReceiptLinks.SHAPE.matcher(token).matches(), token);
        assertEquals(Optional.of(ID), links.submissionId(token, AT.plusSeconds(60)));
        assertEquals(Instant.parse("2028-11-30T09:00:00Z"), links.expiry(AT));
        assertEquals(Optional.of(ID), links.submissionId(token, Instant.parse("2028-11-30T08:59:59Z")));
        assertEquals(Optional.empty(), links.submissionId(token, Instant.parse("2028-11-30T09:00:00Z")),
                "R27: the link expires with the record's retention");
    }

    @Test
    @DisplayName("R20: a forged or altered link names nothing")
    void forgedLinksNameNothing() {
        String token = links.token(ID, AT);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
        assertEquals(Optional.empty(), links.submissionId(altered, AT));
        String[] parts = token.split("\\.");
        String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        assertEquals(Optional.empty(), links.submissionId(longer, AT), "a later expiry breaks the signature");
        assertEquals(Optional.empty(), TestReceiptLinks.of("another-key").submissionId(token, AT));
        String otherPurpose = TestSignedIds.of("receipt-links-test").signed("unsubscribe", ID + "." + parts[1]);
        assertEquals(Optional.empty(), links.submissionId(otherPurpose, AT), "a token for another purpose");
        assertEquals(Optional.empty(), links.submissionId(null, AT));
        assertEquals(Optional.empty(), links.submissionId("../../etc", AT));
    }

    @Test
    void aDecoyHasTheShapeOfAGenuineLinkAndNamesNoStoredSubmission() {
        String decoy = links.decoyUrl();
        assertTrue(decoy.startsWith("http://leads.test/api/v1/receipts/"), decoy);
        String token = decoy.substring(decoy.lastIndexOf('/') + 1);
        assertTrue(ReceiptLinks.SHAPE.matcher(token).matches(), token);
        assertNotEquals(links.decoyUrl(), decoy);
    }
}
