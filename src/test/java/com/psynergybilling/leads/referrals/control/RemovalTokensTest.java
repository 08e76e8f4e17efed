package com.psynergybilling.leads.referrals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestSecrets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RemovalTokensTest {

    @Test
    @DisplayName("R9: a removal token names its colleague and cannot be forged or guessed")
    void tokensAreSignedAndChecked() {
        var tokens = new RemovalTokens();
        tokens.secret = TestSecrets.of("k1");
        String id = UUID.randomUUID().toString();
        String token = tokens.token(id);
        assertEquals(Optional.of(id), tokens.colleagueId(token));

        String other = UUID.randomUUID().toString();
        assertTrue(tokens.colleagueId(other + token.substring(36)).isEmpty(), "another id with this signature");
        char last = token.charAt(token.length() - 1);
        assertTrue(tokens.colleagueId(token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0')).isEmpty(),
                "a tampered signature");
        assertTrue(tokens.colleagueId(token + "x").isEmpty());
        assertTrue(tokens.colleagueId("").isEmpty());
        assertTrue(tokens.colleagueId(null).isEmpty());

        var otherKey = new RemovalTokens();
        otherKey.secret = TestSecrets.of("k2");
        assertTrue(otherKey.colleagueId(token).isEmpty(), "a token is only good under the key that signed it");
    }
}
