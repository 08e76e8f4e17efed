package com.psynergybilling.leads.webinars.control;

import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.webinars.entity.Webinar;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Registrations, one per person and webinar. Runs in the intake's transaction, so a registration
 * commits with its submission, its confirmation and its Idempotency-Key answer, or not at all.
 */
@ApplicationScoped
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Confirmations confirmations;

    /**
     * The registration {@code address} already holds for {@code webinar}, if any. A repeat is a
     * submission of the form like any other (what it says, a consent's yes or no, a Global Privacy
     * Control signal, counts as a later form's does, and its receipt tells what was stored), but no
     * second registration and no second confirmation.
     */
    public Optional<WebinarRegistration> earlier(Webinar webinar, EmailAddress address) {
        return people.find(address).flatMap(person -> em.createNamedQuery(WebinarRegistration.OF_PERSON,
                        WebinarRegistration.class)
                .setParameter("webinar", webinar.id()).setParameter("person", person.id())
                .getResultStream().findFirst());
    }

    /**
     * Registers the person of {@code submission} and queues the confirmation. Inserted at once, so a
     * concurrent sign-up of the same person fails here on the unique pair and the intake's retry
     * then finds this one.
     */
    public WebinarRegistration register(Webinar webinar, Submission submission, Instant now) {
        var registration = new WebinarRegistration(webinar, submission, now);
        em.persist(registration);
        em.flush();
        confirmations.queue(registration);
        return registration;
    }

    public List<WebinarRegistration> of(Webinar webinar) {
        return em.createNamedQuery(WebinarRegistration.OF_WEBINAR, WebinarRegistration.class)
                .setParameter("webinar", webinar.id()).getResultList();
    }
}
