package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.rights.entity.LegalHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Deletes or de-identifies a person's data in every registered holder (R20), in the caller's
 * transaction. What stays: the keyed hash on the do-not-contact list when the person had opted out
 * or was a minor (R4), and everything while a legal hold is in force, which denies the deletion
 * naming the policy's exception.
 */
@ApplicationScoped
public class Erasure {

    public static final String MINOR = "MINOR";

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    LegalHolds holds;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    Event<Audited> audit;

    /** What an erasure did: the exception that kept the data, or how many records it touched. */
    public record Result(Optional<String> exception, int records) {

        public boolean erased() {
            return exception.isEmpty();
        }
    }

    public Result erase(DataSubject subject, boolean minor, String actor, String cause, Instant now) {
        Optional<Person> person = subject.personId().map(id -> em.find(Person.class, id));
        if (minor) {
            // Whatever a hold keeps, a minor is never mailed, sold or shared again (R4, R16).
            doNotContact.add(subject.addressHash(), MINOR, now);
            person.ifPresent(p -> p.reportedMinor(now));
        }
        if (holds.inForce(subject.addressHashes())) {
            // Held data stays, but the attempt (and, for a minor, the listing above) is a change staff made.
            audit.fire(new Audited(actor, minor ? "MINOR_REPORTED_HELD" : "ERASURE_HELD", subject.addressHash(),
                    "REQUIRED_BY_LAW", cause + ": kept under " + LegalHold.EXCEPTION));
            return new Result(Optional.of(LegalHold.EXCEPTION), 0);
        }
        person.filter(p -> p.unsubscribed() || p.saleSharingOptOut())
                .ifPresent(p -> doNotContact.add(subject.addressHash(), "ERASED_AFTER_OPT_OUT", now));
        int records = 0;
        for (PersonalData holder : registry.holders()) {
            records += holder.erase(subject, now);
        }
        audit.fire(new Audited(actor, minor ? "MINOR_ERASED" : "PERSONAL_DATA_ERASED", subject.addressHash(),
                "REQUIRED_BY_LAW", cause + ": " + records + " record(s)"));
        return new Result(Optional.empty(), records);
    }
}
