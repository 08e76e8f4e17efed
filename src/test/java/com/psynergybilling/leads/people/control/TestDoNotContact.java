package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.platform.control.Secret;
import jakarta.persistence.EntityManager;

/** A {@link DoNotContactList} on a given persistence context, for unit tests of other packages. */
public final class TestDoNotContact {

    private TestDoNotContact() {
    }

    public static DoNotContactList on(EntityManager em, Secret secret) {
        var list = new DoNotContactList();
        list.em = em;
        list.secret = secret;
        list.contactStates = TestContactStates.on(em, com.psynergybilling.leads.policy.control.TestPolicies.bundled());
        return list;
    }
}
