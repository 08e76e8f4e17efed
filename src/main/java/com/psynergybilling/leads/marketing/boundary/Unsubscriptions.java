package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.marketing.control.UnsubscribeLinks;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * One click unsubscribes (R12): the person's flag and their keyed hash on the do-not-contact list,
 * at once; the dispatcher's guards skip what was already queued.
 */
@ApplicationScoped
public class Unsubscriptions {

    static final String ACTOR = "unsubscribe-link";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnsubscribeLinks links;

    @Inject
    People people;

    @Inject
    Event<Audited> audit;

    /** What a click on an unsubscribe link did. */
    public enum Outcome {
        /** Not a link this service signed. */
        INVALID,
        /** The person is unsubscribed (now, or already was). */
        UNSUBSCRIBED,
        /**
         * The person the link named was erased since: nothing links the link to the address any more, so
         * nothing could be barred; a later lead at the same address has links of its own.
         */
        ERASED
    }

    @Transactional
    public Outcome unsubscribe(String token) {
        var personId = links.personId(token);
        if (personId.isEmpty()) {
            return Outcome.INVALID;
        }
        Person person = em.find(Person.class, personId.get());
        if (person == null || person.erased()) {
            return Outcome.ERASED;
        }
        if (!person.unsubscribed()) {
            people.unsubscribe(person, "UNSUBSCRIBE", Moments.now(clock));
            audit.fire(new Audited(ACTOR, "UNSUBSCRIBED", person.addressHash(), "COMMUNICATING_WITH_YOU",
                    "person " + person.id()));
        }
        return Outcome.UNSUBSCRIBED;
    }
}
