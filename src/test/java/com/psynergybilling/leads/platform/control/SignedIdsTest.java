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

    @Test
    @DisplayName("A short token (a bounce address's local part) names its id, fits 64 characters, survives a change of case "
            + "and cannot be forged or reused for another purpose")
    void shortTokensAreSignedAndChecked() {
        var tokens = signedWith("k1");
        String id = UUID.randomUUID().toString();
        String token = tokens.shortToken("bounce", id);
        assertTrue(("bounces+" + token).length() <= 64, token);
        assertTrue(token.matches("[0-9a-f]{32}\\.[0-9a-f]{20}"), token);
        assertEquals(Optional.of(id), tokens.shortId("bounce", token));
        assertEquals(Optional.of(id), tokens.shortId("bounce", token.toUpperCase()), "an MTA may change the case");
        assertTrue(tokens.shortId("unsubscribe", token).isEmpty(), "a token of one purpose is worthless for another");
        char last = token.charAt(token.length() - 1);
        assertTrue(tokens.shortId("bounce", token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0')).isEmpty(),
                "a tampered signature");
        String other = UUID.randomUUID().toString().replace("-", "");
        assertTrue(tokens.shortId("bounce", other + token.substring(32)).isEmpty(), "another id with this signature");
        assertTrue(tokens.shortId("bounce", token + "0").isEmpty());
        assertTrue(tokens.shortId("bounce", null).isEmpty());
        assertTrue(signedWith("k2").shortId("bounce", token).isEmpty(), "only under the key that signed it");
    }
}
