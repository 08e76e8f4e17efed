package com.psynergybilling.leads.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The audit controls on a test database's entity manager, for tests outside this package. */
public final class AuditWiring {

    private AuditWiring() {
    }

    public static AuditLog log(EntityManager em) {
        var log = new AuditLog();
        log.em = em;
        log.clock = Clock.systemUTC();
        return log;
    }

    public static AuditChain chain(EntityManager em) {
        var chain = new AuditChain();
        chain.em = em;
        chain.log = log(em);
        return chain;
    }

    public static AuditData data(EntityManager em) {
        var data = new AuditData();
        data.em = em;
        data.log = log(em);
        return data;
    }
}
