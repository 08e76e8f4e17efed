package com.psynergybilling.leads.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceTokenStoreTest {

    private static ServiceTokenStore with(String metrics, String bounces) {
        var store = new ServiceTokenStore();
        store.metricsToken = Optional.ofNullable(metrics);
        store.bounceToken = Optional.ofNullable(bounces);
        return store;
    }

    @Test
    void eachTokenOpensItsOwnGroupOnly() {
        var store = with("a-long-metrics-token", "a-long-bounce-token!");
        var metrics = store.validate(new BearerCredential("a-long-metrics-token"));
        assertEquals(CredentialValidationResult.Status.VALID, metrics.getStatus());
        assertEquals("metrics-scraper", metrics.getCallerPrincipal().getName());
        assertEquals(Set.of(ServiceTokenStore.METRICS), metrics.getCallerGroups());
        var bounces = store.validate(new BearerCredential("a-long-bounce-token!"));
        assertEquals("mail-reports", bounces.getCallerPrincipal().getName());
        assertEquals(Set.of(ServiceTokenStore.BOUNCES), bounces.getCallerGroups());
    }

    @Test
    void oneTokenConfiguredForBothOpensBoth() {
        var result = with("one-shared-long-token", "one-shared-long-token")
                .validate(new BearerCredential("one-shared-long-token"));
        assertEquals(Set.of(ServiceTokenStore.METRICS, ServiceTokenStore.BOUNCES), result.getCallerGroups());
    }

    @Test
    void noTokenAShortOneOrAnotherOneOpensNothing() {
        assertTrue(ServiceTokenStore.matches(Optional.of(" a-long-metrics-token "), "a-long-metrics-token"));
        assertFalse(ServiceTokenStore.matches(Optional.empty(), "anything-at-all-here"));
        assertFalse(ServiceTokenStore.matches(Optional.of("short"), "short"));
        assertFalse(ServiceTokenStore.matches(Optional.of("a-long-metrics-token"), "a-long-metrics-tokem"));
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                with("a-long-metrics-token", null).validate(new BearerCredential("wrong-but-long-token")).getStatus());
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                with(null, null).validate(new BearerCredential("wrong-but-long-token")).getStatus());
    }
}
