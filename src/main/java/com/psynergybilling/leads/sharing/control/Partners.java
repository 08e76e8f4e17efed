package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.sharing.entity.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The store of business partners. Runs inside the caller's transaction. */
@ApplicationScoped
public class Partners {

    @PersistenceContext
    EntityManager em;

    /** {@code postalAddress} may be null: letters about such a partner say that no address is recorded. */
    public Partner create(String name, String postalAddress, String createdBy, Instant now) {
        var partner = new Partner(name, postalAddress, createdBy, now);
        em.persist(partner);
        return partner;
    }

    public Partner required(String id) {
        var partner = id == null ? null : em.find(Partner.class, id);
        if (partner == null) {
            throw ProblemException.notFound("This partner");
        }
        return partner;
    }
}
