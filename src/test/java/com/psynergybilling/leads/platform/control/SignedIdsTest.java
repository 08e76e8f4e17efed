package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedIdsTest {

    private static SignedIds signedWith(String key) {
        return TestSignedIds.of(key);
    }

    @Test
    @DisplayName("R9, R12: a removal or unsubscribe token names its record and cannot be forged, guessed or reused for another purpose")
    void tokensAreSignedAndChecked() {
        var tokens = signedWith("k1");
        String id = UUID.randomUUID().toString();
        String token = tokens.token("unsubscribe", id);
        assertEquals(Optional.of(id), tokens.id("unsubscribe", token));
        assertTrue(tokens.id("referral-removal", token).isEmpty(), "a token of one purpose is worthless for another");

        String other = UUID.randomUUID().toString();
        assertTrue(tokens.id("unsubscribe", other + token.substring(36)).isEmpty(), "another id with this signature");
        char last = token.charAt(token.length() - 1);
        assertTrue(tokens.id("unsubscribe", token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0')).isEmpty(),
                "a tampered signature");
        assertTrue(tokens.id("unsubscribe", token + "x").isEmpty());
        assertTrue(tokens.id("unsubscribe", "").isEmpty());
        assertTrue(tokens.id("unsubscribe", null).isEmpty());
        assertTrue(signedWith("k2").id("unsubscribe", token).isEmpty(), "a token is only good under the key that signed it");
    }
}
