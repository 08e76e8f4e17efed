package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.psynergybilling.leads.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The start-up check as the startup bean runs it: on the real migrations, in a transaction. */
class SecretTest {

    private final TestDatabase database = new TestDatabase();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName("a restart with a changed LEADS_SECRET is refused; with the old key as previous it starts and hashes anew")
    void changedSecret() {
        start("first-key", null);
        assertDoesNotThrow(() -> start("first-key", null), "the same key starts again");
        assertThrows(KeyCheck.Refused.class, () -> start("second-key", null));
        Secret rotated = start("second-key", "first-key");
        assertEquals(KeyRing.of("second-key", null).hash("a@b.example"), rotated.keyedHash("a@b.example"));
        assertEquals(KeyRing.of("first-key", null).hash("a@b.example"), rotated.keyedHashes("a@b.example").get(1));
        assertThrows(KeyCheck.Refused.class, () -> start("second-key", null), "the old key is still needed");
        assertThrows(KeyCheck.Refused.class, () -> start("first-key", null), "and so is the new one");
    }

    @Test
    @DisplayName("without LEADS_SECRET the generated key is kept; setting a different one later is refused")
    void generatedSecret() {
        Secret generated = start(null, null);
        assertEquals(generated.keyedHash("x"), start(null, null).keyedHash("x"));
        assertThrows(KeyCheck.Refused.class, () -> start("now-configured", null));
    }

    private Secret start(String current, String previous) {
        var secret = new Secret();
        secret.configured = Optional.ofNullable(current);
        secret.previous = Optional.ofNullable(previous);
        database.inTransaction(em -> {
            secret.em = em;
            secret.settle();
        });
        return secret;
    }
}
