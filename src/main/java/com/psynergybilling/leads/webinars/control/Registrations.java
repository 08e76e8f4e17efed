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
     * The registration {@code address} already holds for {@code webinar}. A repeat stores nothing new
     * and queues no second confirmation; only what restricts still counts, since neither may be lost: a
     * Global Privacy Control signal opts out of sale and sharing (R5), and the form's consent left
     * unticked withdraws consent given before, as any later form's no does (R14, R21).
     */
    public Optional<WebinarRegistration> repeated(Webinar webinar, EmailAddress address, boolean consented,
                                                  boolean gpc, Instant now) {
        var person = people.find(address);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        var earlier = em.createNamedQuery(WebinarRegistration.OF_PERSON, WebinarRegistration.class)
                .setParameter("webinar", webinar.id()).setParameter("person", person.get().id())
                .getResultStream().findFirst();
        if (earlier.isPresent() && gpc) {
            people.optOutOfSaleAndSharing(person.get(), "GPC", now);
        }
        if (earlier.isPresent() && !consented && person.get().partnerConsent()) {
            person.get().withdrawConsent(now);
        }
        return earlier;
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
