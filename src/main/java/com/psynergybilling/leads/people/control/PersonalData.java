package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One component's personal data, registered so that access (R18) and deletion (R20) reach all of
 * it: each component that stores personal data provides one implementation as a CDI bean, and the
 * rights component iterates every one. A test fails when an entity holding personal data belongs to
 * no implementation, so a component added later cannot be forgotten.
 */
public interface PersonalData {

    /** What this component keeps about people in general: categories, sources, purposes, recipients. */
    Holding describe();

    /**
     * The specific pieces held about {@code subject}: everything still held, however long ago it was
     * collected (the report says what we hold, and data kept for 24 months is held well past 12), and
     * the events of the past 12 months since {@code since} (disclosures, deliveries, reports received,
     * audit entries). Typed, so the access report reads what each holder gives: a disclosure is a
     * {@link Piece.Disclosed}, never a fact that merely says so.
     */
    List<Piece> export(DataSubject subject, Instant since);

    /**
     * Deletes or de-identifies everything this component holds about {@code subject}, in the
     * caller's transaction; returns how many records were touched. What the law lets us keep (the
     * keyed hash on the do-not-contact list) stays.
     */
    int erase(DataSubject subject, Instant now);

    /** The JPA entities whose rows this implementation covers. */
    Set<Class<?>> entities();

    /**
     * What {@code jpql}, a query with the parameter {@code :person}, finds for the subject's person;
     * nothing when the address is no person's we hold.
     */
    static <T> List<T> ofPerson(EntityManager em, DataSubject subject, String jpql, Class<T> type) {
        return subject.personId().map(id -> em.createQuery(jpql, type).setParameter("person", id).getResultList())
                .orElse(List.of());
    }
}
