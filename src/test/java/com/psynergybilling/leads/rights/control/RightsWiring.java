package com.psynergybilling.leads.rights.control;

import jakarta.persistence.EntityManager;

/** The rights holder on a test database's entity manager, for tests outside this package. */
public final class RightsWiring {

    private RightsWiring() {
    }

    public static LegalHolds holds(EntityManager em) {
        var holds = new LegalHolds();
        holds.em = em;
        return holds;
    }

    public static RightsData data(EntityManager em) {
        var requests = new PrivacyRequests();
        requests.em = em;
        var holds = new LegalHolds();
        holds.em = em;
        var data = new RightsData();
        data.requests = requests;
        data.holds = holds;
        return data;
    }
}
