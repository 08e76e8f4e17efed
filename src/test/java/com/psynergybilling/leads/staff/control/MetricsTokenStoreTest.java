package com.psynergybilling.leads.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTokenStoreTest {

    private static MetricsTokenStore with(String token) {
        var store = new MetricsTokenStore();
        store.token = Optional.ofNullable(token);
        return store;
    }

    @Test
    void theConfiguredTokenOpensTheMetricsGroupOnly() {
        var result = with("a-long-metrics-token").validate(new BearerCredential("a-long-metrics-token"));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(Set.of(MetricsTokenStore.GROUP), result.getCallerGroups());
        assertTrue(with(" a-long-metrics-token ").matches("a-long-metrics-token"));
    }

    @Test
    void noTokenAShortOneOrAnotherOneOpensNothing() {
        assertFalse(with(null).matches("anything-at-all-here"));
        assertFalse(with("short").matches("short"));
        assertFalse(with("a-long-metrics-token").matches("a-long-metrics-tokem"));
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                with("a-long-metrics-token").validate(new BearerCredential("wrong-but-long-token")).getStatus());
    }
}
