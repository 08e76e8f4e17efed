package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of people and their submissions. Runs inside the caller's transaction. */
@ApplicationScoped
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    DoNotContactList doNotContact;

    /** The people, erased ones included, whose row carries any of an address's keyed hashes. */
    public List<Person> byHashes(List<String> addressHashes) {
        return em.createQuery("select p from Person p where p.addressHash in :hashes", Person.class)
                .setParameter("hashes", addressHashes).getResultList();
    }

    public Optional<Person> find(EmailAddress email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst();
    }

    /**
     * Records a submission, creating the person on their first one. A concurrent first submission of
     * the same address fails on the unique address; the boundary retries and then finds the person.
     */
    public Submission record(SubmittedData data, boolean partnerConsent, boolean gpc, Collection collection) {
        Instant now = collection.collectedAt();
        String hash = doNotContact.hash(data.email());
        Person person = find(data.email()).orElseGet(() -> new Person(data.email(), hash, now));
        person.hashedAs(hash);
        person.submitted(partnerConsent, gpc, now);
        if (!em.contains(person)) {
            // Inserted at once, so a concurrent first submission of the address fails here, not at commit.
            em.persist(person);
            em.flush();
        }
        var submission = new Submission(person, data, partnerConsent, collection);
        em.persist(submission);
        return submission;
    }

    /** The submissions of {@code person}, oldest first. */
    public List<Submission> submissions(Person person) {
        return em.createQuery("select s from Submission s where s.person = :person order by s.collection.collectedAt",
                        Submission.class).setParameter("person", person).getResultList();
    }

    /** R19: applies a verified person's correction to every submission that holds a corrected field. */
    public int correct(Person person, com.psynergybilling.leads.people.entity.Correction correction, Instant now) {
        int changed = 0;
        for (Submission submission : submissions(person)) {
            if (submission.correct(correction)) {
                changed++;
            }
        }
        if (changed > 0) {
            person.submitted(false, false, now);
        }
        return changed;
    }

    /**
     * No more promotional email for this person, at once and for good (R12, R21): the person's own
     * flag, and the keyed hash on the do-not-contact list, which outlives a later deletion.
     */
    public void unsubscribe(Person person, String reason, Instant now) {
        if (!person.erased()) {
            person.hashedAs(doNotContact.hash(person.email()));
        }
        person.unsubscribe(now);
        if (person.addressHash() != null) {
            doNotContact.add(person.addressHash(), reason, now);
        }
    }

    /**
     * Fills in the keyed hash of up to {@code max} people written before it was kept (V7), so the
     * database's audience and export queries see them on the do-not-contact list; returns how many.
     */
    public int hashMissing(int max) {
        var unhashed = em.createQuery("select p from Person p where p.addressHash is null and p.email is not null",
                Person.class).setMaxResults(max).getResultList();
        unhashed.forEach(person -> person.hashedAs(doNotContact.hash(person.email())));
        return unhashed.size();
    }
}
