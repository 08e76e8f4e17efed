package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Contact states for tests that write people and submissions as entities, past the writers. */
public final class TestContactStates {

    private TestContactStates() {
    }

    public static ContactStates on(EntityManager em, PolicyBook policies) {
        var states = new ContactStates();
        states.em = em;
        states.policies = policies;
        return states;
    }

    /** Computes every person's contact state again, as the writers would have. */
    public static void refreshAll(TestDatabase db, PolicyBook policies) {
        db.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("select id from people").getResultList();
            on(em, policies).refresh(ids.stream().map(Object::toString).toList());
        });
    }
}
