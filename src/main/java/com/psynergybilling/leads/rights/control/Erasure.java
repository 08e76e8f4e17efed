package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.rights.entity.Erased;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Erasing;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes or de-identifies a person's data in every registered holder (R20), in the caller's
 * transaction. What stays: the keyed hash on the do-not-contact list when the person had opted out
 * or was a minor (R4), and everything while a legal hold is in force, which denies the deletion
 * naming the policy's exception and restricts the records it keeps to that obligation alone. The person's requests still waiting for an answer are closed with a
 * letter saying why, so none is stranded without an address, open and overdue.
 */
@ApplicationScoped
public class Erasure {

    public static final String MINOR = DoNotContactList.MINOR;

    /** Why a person is erased; the audit entry and the letters closing their open requests say it. */
    public enum Ground {
        /** Their own verified deletion request (R20). */
        REQUEST("PERSONAL_DATA_ERASED"),
        /** A report that they are under 18 (R4). */
        MINOR("MINOR_ERASED"),
        /** No submission, sales activity or registration within the retention (R27). */
        RETENTION("RETENTION_ERASED");

        final String action;

        Ground(String action) {
            this.action = action;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    ContactStates contactStates;

    @Inject
    LegalHolds holds;

    @Inject
    People people;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    StrandedRequests stranded;

    @Inject
    Event<Audited> audit;

    @Inject
    Event<Erasing> erasing;

    /** What an erasure did: the exception that kept the data, or how many records it touched. */
    /** A deletion request's erasure: the person's other open requests are closed; the caller answers this one. */
    public Erased erase(DataSubject subject, PrivacyRequest request, String actor, Instant now) {
        return erase(subject, Ground.REQUEST, actor, "privacy-request " + request.id(), request.id(), now);
    }

    public Erased erase(DataSubject subject, Ground ground, String actor, String cause, Instant now) {
        return erase(subject, ground, actor, cause, null, now);
    }

    private Erased erase(DataSubject subject, Ground ground, String actor, String cause, String answering,
                         Instant now) {
        boolean minor = ground == Ground.MINOR;
        // Locked first, as intake locks the person it adds a form to: a form in flight is waited for and
        // erased with the rest, and one arriving now waits and then finds no one (People.record).
        Optional<Person> person = subject.personId().map(id -> em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE));
        if (minor) {
            // Whatever a hold keeps, a minor is never mailed, sold or shared again (R4, R16).
            doNotContact.add(subject.addressHash(), Suppression.all(), MINOR, now);
            person.ifPresent(p -> {
                p.reportedMinor(now);
                // Out of every audience at once, even when a hold keeps the data (R4).
                contactStates.refresh(p.id());
            });
        }
        if (holds.inForce(subject.addressHashes())) {
            // Held data stays, for the hold alone: nothing else uses it from now on (R20).
            person.ifPresent(p -> people.restrict(p, now));
            // The attempt (and, for a minor, the listing above) is a change staff made.
            audit.fire(new Audited(actor, minor ? "MINOR_REPORTED_HELD" : "ERASURE_HELD", subject.addressHash(),
                    "REQUIRED_BY_LAW", cause + ": kept under " + LegalHold.EXCEPTION));
            return new Erased(Optional.of(LegalHold.EXCEPTION), 0);
        }
        person.ifPresent(p -> doNotContact.add(subject.addressHash(), optedOutOf(p), "ERASED_AFTER_OPT_OUT", now));
        // Taken before the holders forget the requesters' addresses; told after the outbox was emptied.
        var closed = stranded.close(subject.addressHashes(), answering, actor, now);
        // Recipients that received the person are told (issue 14) before the holders forget who they were.
        erasing.fire(new Erasing(subject, cause, now));
        int records = 0;
        for (PersonalData holder : registry.holders()) {
            records += holder.erase(subject, now);
        }
        stranded.tell(closed, ground, actor);
        // Recorded as nobody's: the entry that says the person was forgotten must not name them (R20, R26).
        audit.fire(new Audited(actor, ground.action, null, "REQUIRED_BY_LAW", cause + ": " + records + " record(s)"));
        return new Erased(Optional.empty(), records);
    }

    /**
     * A deletion the officer denied under the legal-obligation exception: the data stays for that
     * obligation alone, as when a hold keeps it back (R20); the person is locked as an erasure locks it.
     */
    public void keepForObligation(DataSubject subject, Instant now) {
        subject.personId().map(id -> em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(p -> people.restrict(p, now));
    }

    /** The kinds a person's own flags opted out of, so that the list keeps them after the person is gone. */
    private static Set<Suppression> optedOutOf(Person person) {
        var kinds = EnumSet.noneOf(Suppression.class);
        if (person.unsubscribed()) {
            kinds.addAll(Suppression.barringPromotions());
        }
        if (person.saleSharingOptOut()) {
            kinds.addAll(Suppression.barringSaleOrSharing());
        }
        return kinds;
    }
}
