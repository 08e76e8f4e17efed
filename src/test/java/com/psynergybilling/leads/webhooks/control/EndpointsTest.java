package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node alone remembers that no endpoint receives an event, and forgets it when an endpoint changes:
 * a CRM endpoint created, disabled or removed is seen by the very next lead.
 */
class EndpointsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final TestDatabase db = new TestDatabase();
    private final EntityManager em = db.open();
    private final Transactions transactions = new Transactions();
    private final Endpoints endpoints = new Wiring(em).bean(Endpoints.class);

    {
        endpoints.transactions = transactions;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void whatNoEndpointReceivesIsForgottenWhenOneChanges() {
        assertEquals(List.of(), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))));
        assertEquals(List.of(), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))), "remembered");

        var crm = inTransaction(() -> endpoints.create("crm", "https://crm.example.com/hook", List.of(Events.RECEIVED),
                "s3cret", "admin", AT));
        assertEquals(List.of("crm"), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))),
                "a new endpoint is seen at once");

        inTransaction(() -> endpoints.disable(em.find(WebhookEndpoint.class, crm.id()), "answered 410", AT));
        assertEquals(List.of(), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))), "a disabled one is not");

        var second = inTransaction(() -> endpoints.create("crm2", "https://crm2.example.com/hook",
                List.of(Events.RECEIVED), "s3cret", "admin", AT));
        assertEquals(List.of("crm2"), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))));
        inTransaction(() -> endpoints.remove(em.find(WebhookEndpoint.class, second.id()), AT));
        assertEquals(List.of(), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))), "nor a removed one");
    }

    @Test
    void aQueryBeforeTheCreatorCommitsIsNotRemembered() {
        // Another transaction looks between the creation and its commit: it cannot see the endpoint yet,
        // and what it saw must not outlive the commit.
        var other = db.open();
        try {
            em.getTransaction().begin();
            endpoints.create("crm", "https://crm.example.com/hook", List.of(Events.RECEIVED), "s3cret", "admin", AT);
            em.flush();
            endpoints.em = other;
            assertEquals(List.of(), names(endpoints.receiving(Events.RECEIVED)), "not committed yet");
            endpoints.em = em;
            em.getTransaction().commit();
            transactions.completed();
            assertEquals(List.of("crm"), inTransaction(() -> names(endpoints.receiving(Events.RECEIVED))));
        } finally {
            other.close();
        }
    }

    private static List<String> names(List<WebhookEndpoint> found) {
        return found.stream().map(WebhookEndpoint::name).toList();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        T result = work.get();
        em.getTransaction().commit();
        transactions.completed();
        return result;
    }

    /** The container's registry for the resource-local transactions of this test: syncs run at commit. */
    private final class Transactions implements TransactionSynchronizationRegistry {

        private final List<Synchronization> registered = new ArrayList<>();

        void completed() {
            registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            registered.clear();
        }

        @Override
        public int getTransactionStatus() {
            return em.getTransaction().isActive() ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException();
        }
    }
}
