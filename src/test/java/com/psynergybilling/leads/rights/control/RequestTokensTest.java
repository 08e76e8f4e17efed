package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.TestSignedIds;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestTokensTest {

    @Test
    @DisplayName("R17: a verification token names its request, expires, and cannot be forged, stretched or reused as another kind")
    void signedExpiringAndPurposeBound() {
        var tokens = new RequestTokens();
        tokens.signed = TestSignedIds.of("k1");
        String id = UUID.randomUUID().toString();
        Instant expires = Instant.parse("2026-11-05T09:00:00Z");
        String token = tokens.token(RequestTokens.VERIFY, id, expires);
        assertTrue(token.matches("[A-Za-z0-9.-]+") && token.length() <= 160, token);

        var read = tokens.read(RequestTokens.VERIFY, token).orElseThrow();
        assertEquals(id, read.requestId());
        assertFalse(read.expired(expires));
        assertTrue(read.expired(expires.plusSeconds(1)));

        assertTrue(tokens.read(RequestTokens.APPEAL, token).isEmpty(), "a verification token is no appeal token");
        String stretched = token.replace("." + expires.getEpochSecond() + ".", "." + (expires.getEpochSecond() + 86_400) + ".");
        assertTrue(tokens.read(RequestTokens.VERIFY, stretched).isEmpty(), "the expiry is signed");
        String other = UUID.randomUUID() + token.substring(36);
        assertTrue(tokens.read(RequestTokens.VERIFY, other).isEmpty(), "another request's id");
        var elsewhere = new RequestTokens();
        elsewhere.signed = TestSignedIds.of("k2");
        assertTrue(elsewhere.read(RequestTokens.VERIFY, token).isEmpty(), "another key");
        assertTrue(tokens.read(RequestTokens.VERIFY, null).isEmpty());
        assertTrue(tokens.read(RequestTokens.VERIFY, "x").isEmpty());
        assertTrue(tokens.read(RequestTokens.VERIFY, id + ".abc." + "0".repeat(64)).isEmpty());
    }
}
