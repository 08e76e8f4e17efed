package com.psynergybilling.leads.webinars.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.StoreById;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.webinars.entity.Webinar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The store of webinars. Runs inside the caller's transaction. */
@ApplicationScoped
public class Webinars extends StoreById<Webinar> {

    /** The public list is for a web page, not an archive: a bound keeps it cheap to serve to anyone. */
    static final int UPCOMING_LIMIT = 100;

    public Webinars() {
        super(Webinar.class, "This webinar");
    }

    public Webinar create(String title, Instant startsAt, String createdBy, Instant now) {
        return kept(new Webinar(title, startsAt, createdBy, now));
    }

    public List<Webinar> upcoming(Instant now) {
        return em.createNamedQuery(Webinar.UPCOMING, Webinar.class).setParameter("now", now)
                .setMaxResults(UPCOMING_LIMIT).getResultList();
    }

    /** The webinar a sign-up names, if it is still open; otherwise 400 naming the field. */
    public Webinar openForRegistration(String id, Instant now) {
        var webinar = find(id);
        if (webinar.isEmpty()) {
            throw refused("is not a webinar");
        }
        if (!webinar.get().openAt(now)) {
            throw refused("this webinar has already started");
        }
        return webinar.get();
    }

    private static ProblemException refused(String message) {
        return new ProblemException(new Problem("validation", "Invalid request", 400, "1 field needs attention.")
                .withErrors(List.of(new FieldError("webinarId", message))));
    }
}
