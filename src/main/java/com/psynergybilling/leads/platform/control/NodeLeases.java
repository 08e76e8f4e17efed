package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * One row per running node, renewed every few seconds: what a node holds (claimed outbox messages)
 * is its own only while its lease is fresh. Each query runs in the caller's transaction.
 */
@ApplicationScoped
public class NodeLeases {

    @PersistenceContext
    EntityManager em;

    public void renew(String node, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        int updated = em.createNativeQuery("UPDATE node_leases SET renewed_at = ?1 WHERE node_id = ?2")
                .setParameter(1, at).setParameter(2, node).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO node_leases (node_id, renewed_at) VALUES (?1, ?2)")
                    .setParameter(1, node).setParameter(2, at).executeUpdate();
        }
    }

    /** At a clean stop: peers may take over what is left at once. */
    public void release(String node) {
        em.createNativeQuery("DELETE FROM node_leases WHERE node_id = ?1").setParameter(1, node).executeUpdate();
    }

    /** Leases of nodes gone for a day hold nothing any more (a holder without a lease counts as dead). */
    public int forget(Instant before) {
        return em.createNativeQuery("DELETE FROM node_leases WHERE renewed_at < ?1")
                .setParameter(1, before.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** When each node last renewed (one row per node seen in the last day: a handful). */
    public Map<String, Instant> renewedAt() {
        var renewed = new HashMap<String, Instant>();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT node_id, renewed_at FROM node_leases")
                .getResultList();
        for (Object[] row : rows) {
            renewed.put(row[0].toString(), instant(row[1]));
        }
        return renewed;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
