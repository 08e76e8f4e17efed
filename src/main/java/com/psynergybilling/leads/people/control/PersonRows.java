package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The rows of one entity that each belong to one person, found by {@code jpql}, a query with the
 * parameter {@code :person}: for a {@link PersonalData} holder whose data is just such rows, what it
 * exports and what erasure removes outright. The entity and its query stay together, so the holder's
 * {@link PersonalData#entities} names the very type it erases.
 */
public record PersonRows<T>(Class<T> type, String jpql) {

    /** The rows of the subject's person; none when the address is no person's we hold. */
    public List<T> of(EntityManager em, DataSubject subject) {
        return PersonalData.ofPerson(em, subject, jpql, type);
    }

    /** Removes the rows of the subject's person in the caller's transaction; returns how many. */
    public int remove(EntityManager em, DataSubject subject) {
        var rows = of(em, subject);
        rows.forEach(em::remove);
        return rows.size();
    }
}
