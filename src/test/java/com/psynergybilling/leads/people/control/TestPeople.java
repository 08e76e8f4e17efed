package com.psynergybilling.leads.people.control;

import jakarta.persistence.EntityManager;

/** A {@link People} store on a given persistence context and list, for unit tests of other packages. */
public final class TestPeople {

    private TestPeople() {
    }

    public static People on(EntityManager em, DoNotContactList list) {
        var people = new People();
        people.em = em;
        people.doNotContact = list;
        people.contactStates = TestContactStates.on(em, com.psynergybilling.leads.policy.control.TestPolicies.bundled());
        people.optedOut = new com.psynergybilling.leads.RecordedEvents<>();
        return people;
    }
}
