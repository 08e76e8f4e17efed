package com.psynergybilling.leads.rights.control;

import jakarta.persistence.EntityManager;

/** {@link PrivacyRequests} on a given entity manager, for unit tests of other packages. */
public final class TestPrivacyRequests {

    private TestPrivacyRequests() {
    }

    public static PrivacyRequests on(EntityManager em) {
        var requests = new PrivacyRequests();
        requests.em = em;
        return requests;
    }
}
