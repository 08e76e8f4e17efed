package com.psynergybilling.leads.sales.control;

import com.psynergybilling.leads.people.entity.SubmissionReceived;
import com.psynergybilling.leads.platform.control.FilteredQuery;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.PageCursor;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import com.psynergybilling.leads.sales.entity.DemoRequestStatus;
import com.psynergybilling.leads.sales.entity.DemoRequestUpdated;
import com.psynergybilling.leads.sales.entity.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The store of requests that sales works, newest first. */
@ApplicationScoped
public class DemoRequests {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DemoRequestUpdated> updated;

    /** Opens a request for every demo, pricing or product-information submission, and for nothing else. */
    void open(@Observes SubmissionReceived received) {
        var submission = received.submission();
        RequestType.ofForm(submission.collection().sourceForm())
                .ifPresent(type -> em.persist(new DemoRequest(submission, type)));
    }

    public DemoRequest find(String id) {
        var request = em.find(DemoRequest.class, id);
        if (request == null) {
            throw ProblemException.notFound("This request");
        }
        return request;
    }

    /** Up to {@code limit} requests after the filter's cursor, newest first. */
    public List<DemoRequest> page(DemoRequestFilter filter, int limit) {
        // Never one kept only for a legal obligation: a reported minor's (R4), or one a hold kept from erasure (R20).
        var query = new FilteredQuery("select d from DemoRequest d join fetch d.submission s join fetch s.person")
                .and("s.person.minor = false and s.restrictedAt is null", Map.of())
                .and("d.status = :status", "status", filter.status())
                .and("d.requestType = :type", "type", filter.requestType())
                .and("d.receivedAt >= :since", "since", filter.since())
                .and("lower(s.practiceSpecialty) = :specialty", "specialty",
                        filter.specialty() == null ? null : filter.specialty().toLowerCase(Locale.ROOT));
        if (filter.after() != null) {
            query.and("(d.receivedAt < :at or (d.receivedAt = :at and d.id < :id))",
                    Map.of("at", filter.after().at(), "id", filter.after().id()));
        }
        return query.list(em, DemoRequest.class, "d.receivedAt desc, d.id desc", limit);
    }

    public static PageCursor cursorAfter(DemoRequest last) {
        return new PageCursor(last.receivedAt(), last.id());
    }

    /** Assigns the request to {@code user} in one conditional update, so two claims cannot both win. */
    public DemoRequest claim(String id, String user) {
        int claimed = em.createQuery("update DemoRequest d set d.assignee = :user, d.updatedAt = :now,"
                        + " d.version = d.version + 1"
                        + " where d.id = :id and (d.assignee is null or d.assignee = :user)")
                .setParameter("user", user)
                .setParameter("now", now())
                .setParameter("id", id)
                .executeUpdate();
        var request = find(id);
        if (claimed == 0) {
            throw ProblemException.conflict("Another sales user holds this request.");
        }
        return request;
    }

    public DemoRequest update(String id, String user, DemoRequestStatus status, String note) {
        var request = em.find(DemoRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw ProblemException.notFound("This request");
        }
        if (request.heldByAnotherThan(user)) {
            throw ProblemException.conflict("Another sales user holds this request; claim it first.");
        }
        request.update(status, note, now());
        updated.fire(new DemoRequestUpdated(request));
        return request;
    }

    private Instant now() {
        return Moments.now(clock);
    }
}
