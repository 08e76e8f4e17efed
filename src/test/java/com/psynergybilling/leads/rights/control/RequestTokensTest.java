package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.ProblemException;
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

    @Test
    @DisplayName("R17, R22: a link's request id comes only from a genuine, unexpired token; otherwise 400 invalid-link or 410 expired-link in the link's own words")
    void requestIdOrTheLinksProblem() {
        var tokens = new RequestTokens();
        tokens.signed = TestSignedIds.of("k1");
        String id = UUID.randomUUID().toString();
        Instant expires = Instant.parse("2026-11-05T09:00:00Z");
        String verify = tokens.token(RequestTokens.VERIFY, id, expires);
        String appeal = tokens.token(RequestTokens.APPEAL, id, expires);

        assertEquals(id, tokens.requestId(RequestTokens.VERIFY, verify, expires));
        assertEquals(id, tokens.requestId(RequestTokens.APPEAL, appeal, expires));

        var invalid = assertThrows(ProblemException.class,
                () -> tokens.requestId(RequestTokens.VERIFY, appeal, expires)).problem();
        assertEquals("https://psynergybilling.com/problems/invalid-link", invalid.type);
        assertEquals(400, invalid.status);
        assertEquals("Invalid link", invalid.title);
        assertEquals("This verification link is not valid; use the link in the email.", invalid.detail);

        var expired = assertThrows(ProblemException.class,
                () -> tokens.requestId(RequestTokens.VERIFY, verify, expires.plusSeconds(1))).problem();
        assertEquals("https://psynergybilling.com/problems/expired-link", expired.type);
        assertEquals(410, expired.status);
        assertEquals("Expired link", expired.title);
        assertEquals("This verification link has expired; please send your request again.", expired.detail);

        var badAppeal = assertThrows(ProblemException.class,
                () -> tokens.requestId(RequestTokens.APPEAL, null, expires)).problem();
        assertEquals(400, badAppeal.status);
        assertEquals("Invalid token", badAppeal.title);
        assertEquals("This appeal token is not valid; use the one in the decision email.", badAppeal.detail);

        var lateAppeal = assertThrows(ProblemException.class,
                () -> tokens.requestId(RequestTokens.APPEAL, appeal, expires.plusSeconds(1))).problem();
        assertEquals(410, lateAppeal.status);
        assertEquals("Expired token", lateAppeal.title);
        assertEquals("The time to appeal this decision has passed.", lateAppeal.detail);
    }
}
