package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.OptedOut;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The store of people and their submissions. Runs inside the caller's transaction. */
@ApplicationScoped
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    ContactStates contactStates;

    @Inject
    Event<OptedOut> optedOut;

    /** The people, erased ones included, whose row carries any of an address's keyed hashes. */
    public List<Person> byHashes(List<String> addressHashes) {
        return em.createQuery("select p from Person p where p.addressHash in :hashes", Person.class)
                .setParameter("hashes", addressHashes).getResultList();
    }

    public Optional<Person> find(EmailAddress email) {
        return byEmail(email).getResultStream().findFirst();
    }

    private TypedQuery<Person> byEmail(EmailAddress email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", email.value());
    }

    /**
     * {@link #find} without flushing this transaction's writes first, so that the forms of a shared
     * transaction go to the database in one batch, not one by one before each look. A person created
     * earlier in the transaction and not flushed yet is not found: a second one with the same address
     * then fails the transaction on the unique address, and each form is stored again on its own (as
     * a concurrent first submission of the address in another transaction does).
     * <p>
     * The person found is locked until this transaction ends, as an erasure locks it first (R20): an
     * erasure that began earlier is waited for, and then its tombstone (no address any more) is not
     * found, so the form makes a new person; one that begins later waits, and then erases this
     * submission too. Without it a form arriving during an erasure survived it, attached to the tombstone.
     */
    private Optional<Person> unflushedFind(EmailAddress email) {
        return byEmail(email).setFlushMode(FlushModeType.COMMIT).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The person whose address has any of the keyed hashes {@code addressHashes} (one per key), unless erased. */
    public Optional<Person> findByHashes(List<String> addressHashes) {
        return living(addressHashes).setMaxResults(1).getResultStream().findFirst();
    }

    /** The people, not erased, whose row carries any of {@code addressHashes}, in the order of their ids. */
    private TypedQuery<Person> living(List<String> addressHashes) {
        return em.createQuery("select p from Person p where p.addressHash in :hashes and p.erasedAt is null"
                + " order by p.id", Person.class).setParameter("hashes", addressHashes);
    }

    /**
     * Records a submission, creating the person on their first one. {@code consentAnswer} is the form's
     * answer to the partner-sharing question, null when the form does not ask it (see
     * {@link Person#submitted}). A reported minor's address is refused (R4): nothing is stored. A
     * concurrent first submission of the same address fails on the unique address; the boundary
     * retries and then finds the person.
     */
    public Submission record(SubmittedData data, Boolean consentAnswer, boolean gpc, Collection collection) {
        Instant now = collection.collectedAt();
        List<String> hashes = doNotContact.hashes(data.email());
        String hash = hashes.get(0);
        var listed = doNotContact.listing(hashes);
        if (listed.reportedMinor()) {
            throw new RefusedSubmission();
        }
        Person person = unflushedFind(data.email()).orElseGet(() -> new Person(data.email(), hash, now));
        boolean optedOutBefore = person.saleSharingOptOut();
        person.hashedAs(hash);
        // An opt-out of sale sent before the address was known (or since) shows on the person too.
        person.submitted(consentAnswer, gpc || listed.barredFromAny(Suppression.barringSaleOrSharing()), now);
        if (gpc) {
            doNotContact.add(hash, Suppression.barringSaleOrSharing(), "GPC", now, listed.kinds());
        }
        boolean created = !em.contains(person);
        if (created) {
            em.persist(person);
        }
        if (!optedOutBefore && person.saleSharingOptOut()) {
            // A later form's GPC is an opt-out like any other: recipients that hold the person are told.
            optedOut.fire(new OptedOut(person, OptedOut.SALE_AND_SHARING, "GPC", now));
        }
        var submission = new Submission(person, data, Boolean.TRUE.equals(consentAnswer), gpc, collection);
        em.persist(submission);
        if (created) {
            contactStates.created(person.id());
        } else {
            contactStates.refresh(person.id());
        }
        return submission;
    }

    /** The submissions of {@code person}, oldest first. */
    public List<Submission> submissions(Person person) {
        return em.createQuery("select s from Submission s where s.person = :person order by s.collection.collectedAt",
                        Submission.class).setParameter("person", person).getResultList();
    }

    /** How many records held a field a correction named, and how many of them it changed. */
    public record Corrected(int holding, int changed) {
    }

    /** R19: applies a verified person's correction to every submission that holds a corrected field. */
    public Corrected correct(Person person, com.psynergybilling.leads.people.entity.Correction correction, Instant now) {
        int holding = 0;
        int changed = 0;
        for (Submission submission : submissions(person)) {
            holding += submission.holdsAny(correction) ? 1 : 0;
            if (submission.correct(correction)) {
                changed++;
            }
        }
        if (changed > 0) {
            person.submitted(null, false, now);
        }
        return new Corrected(holding, changed);
    }

    /**
     * No more promotional email for this person, at once and for good (R12, R21): the person's own
     * flag, and the keyed hash barred from promotions on the do-not-contact list, which outlives a
     * later deletion. Nothing else: unsubscribing is not an opt-out of sale or of invitations.
     */
    public void unsubscribe(Person person, String reason, Instant now) {
        person.unsubscribe(now);
        bar(person, Suppression.barringPromotions(), reason, now);
        contactStates.refresh(person.id());
        optedOut.fire(new OptedOut(person, OptedOut.PROMOTIONS, reason, now));
    }

    /**
     * Never in a partner or third-party export again (R5, R16): the person's flag and the keyed hash
     * barred from sale and sharing, which binds the address whatever it sends later.
     */
    public void optOutOfSaleAndSharing(Person person, String reason, Instant now) {
        person.optOutOfSaleAndSharing(now);
        bar(person, Suppression.barringSaleOrSharing(), reason, now);
        optedOut.fire(new OptedOut(person, OptedOut.SALE_AND_SHARING, reason, now));
    }

    /**
     * A legal hold kept this person's records from an erasure: from now on they serve that obligation
     * only (R20). Sales, registrant lists, promotional email and partner exports skip them, and the
     * endpoints that received the person are told (a {@code RESTRICTED} opt-out), so downstream copies
     * stop too; a record collected later is new and is not restricted. Returns how many records this restricted.
     */
    public int restrict(Person person, Instant now) {
        int restricted = em.createNativeQuery("update submissions set restricted_at = ?1"
                        + " where person_id = ?2 and restricted_at is null")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, person.id()).executeUpdate();
        contactStates.refresh(person.id());
        if (restricted > 0) {
            optedOut.fire(new OptedOut(person, OptedOut.RESTRICTED, "LEGAL_HOLD", now));
        }
        return restricted;
    }

    /**
     * SQL: whether the person whose id is {@code personId} (a qualified column, as {@code p.id}, or a
     * parameter mark: a bare {@code id} would name the submission's own) is kept only for
     * a legal hold: they have records, and a hold restricted every one ({@link #restrict}). A record
     * collected since is in use, and with it the person.
     */
    public static String keptOnlyForAHoldSql(String personId) {
        return "(exists (select 1 from submissions kr where kr.person_id = " + personId
                + " and kr.restricted_at is not null) and not exists (select 1 from submissions ku where ku.person_id = "
                + personId + " and ku.restricted_at is null))";
    }

    /** Whether {@code person} is kept only for a legal hold (see {@link #keptOnlyForAHoldSql}). */
    public boolean keptOnlyForAHold(Person person) {
        return !em.createNativeQuery("select 1 from people p where p.id = ?1 and " + keptOnlyForAHoldSql("p.id"))
                .setParameter(1, person.id()).getResultList().isEmpty();
    }

    /**
     * A Global Privacy Control signal heard with no form to store (a repeated request): as with a form's
     * signal, a known person opts out (the person locked first, as {@link #record} locks it, and
     * recipients told only when it changes anything), and the address is barred on the list.
     */
    public void signalledGpc(EmailAddress address, Instant now) {
        var hashes = doNotContact.hashes(address);
        var person = unflushedFind(address);
        if (person.isPresent() && !person.get().saleSharingOptOut()) {
            optOutOfSaleAndSharing(person.get(), "GPC", now);
        } else {
            doNotContact.add(hashes.get(0), Suppression.barringSaleOrSharing(), "GPC", now,
                    doNotContact.listing(hashes).kinds());
        }
    }

    /**
     * The people, not erased, whose row carries any of {@code addressHashes}, locked for this transaction
     * in the order of their ids (so two callers locking several never wait on each other in a circle).
     */
    public List<Person> lockByHashes(List<String> addressHashes) {
        return living(addressHashes).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * The same for an address, known or not: a known person as above; an unknown address barred on the
     * list, so that a later form does not undo it.
     */
    public void optOutOfSaleAndSharing(EmailAddress address, String reason, Instant now) {
        find(address).ifPresentOrElse(person -> optOutOfSaleAndSharing(person, reason, now),
                () -> doNotContact.add(doNotContact.hash(address), Suppression.barringSaleOrSharing(), reason, now));
    }

    private void bar(Person person, Set<Suppression> kinds, String reason, Instant now) {
        if (!person.erased()) {
            person.hashedAs(doNotContact.hash(person.email()));
        }
        if (person.addressHash() != null) {
            doNotContact.add(person.addressHash(), kinds, reason, now);
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
        // A hash at last: the do-not-contact list now reaches these people's contact states.
        contactStates.refresh(unhashed.stream().map(Person::id).toList());
        return unhashed.size();
    }
}
