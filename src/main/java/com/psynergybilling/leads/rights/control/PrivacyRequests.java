package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.platform.control.FilteredQuery;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The store of privacy requests. Runs in the caller's transaction. */
@ApplicationScoped
public class PrivacyRequests {

    @PersistenceContext
    EntityManager em;

    public void add(PrivacyRequest request) {
        em.persist(request);
    }

    /** The request, locked for the caller's transaction, so two clicks or two officers act once. */
    public PrivacyRequest locked(String id) {
        var request = em.find(PrivacyRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw ProblemException.notFound("This privacy request");
        }
        return request;
    }

    /** Newest first, by status, type and whether overdue at {@code now}. */
    public List<PrivacyRequest> list(PrivacyRequestStatus status, PrivacyRequestType type, Boolean overdue,
                                     Instant now, int limit) {
        var query = new FilteredQuery("select r from PrivacyRequest r")
                .and("r.status = :status", "status", status)
                .and("r.type = :type", "type", type);
        if (overdue != null) {
            String late = "((r.status in :open and r.clocks.dueAt < :now)"
                    + " or (r.status = :appealed and r.clocks.appealDueAt < :now))";
            query.and(overdue ? late : "not " + late, Map.of("open", PrivacyRequestStatus.OPEN,
                    "appealed", PrivacyRequestStatus.APPEALED, "now", now));
        }
        return query.list(em, PrivacyRequest.class, "r.clocks.receivedAt desc, r.id desc", limit);
    }

    /**
     * Locks every request of this address for the caller's transaction, so two access requests
     * verified at once are counted one after the other (R18's limit holds under concurrency).
     */
    public void lockAll(List<String> addressHashes) {
        em.createQuery("select r from PrivacyRequest r where r.addressHash in :hashes", PrivacyRequest.class)
                .setParameter("hashes", addressHashes).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** How many requests about the address (under this key) were received since {@code since}. */
    public long receivedSince(String addressHash, Instant since) {
        return em.createQuery("select count(r) from PrivacyRequest r where r.addressHash = :hash"
                        + " and r.clocks.receivedAt >= :since", Long.class)
                .setParameter("hash", addressHash).setParameter("since", since).getSingleResult();
    }

    /**
     * Access requests of this address fulfilled since {@code since} (R18 allows two in 12 months), not
     * counting one whose report the mail server refused for good or a guard held back: a report that
     * never left is no report, and the letter denying a third must not say the person had two.
     */
    public long accessFulfilledSince(List<String> addressHashes, Instant since) {
        return em.createQuery("select count(r) from PrivacyRequest r where r.addressHash in :hashes and r.type = :access"
                        + " and r.outcome.outcome = 'FULFILLED' and r.outcome.decidedAt >= :since"
                        + " and not exists (select m from OutboxMessage m where m.messageKey = concat(:report, r.id)"
                        + " and m.state in :undelivered)", Long.class)
                .setParameter("hashes", addressHashes).setParameter("access", PrivacyRequestType.ACCESS)
                .setParameter("since", since).setParameter("report", Replies.ACCESS_REPORT + ":")
                .setParameter("undelivered", List.of(MailState.FAILED, MailState.SKIPPED)).getSingleResult();
    }

    /** The requests stored under any of an address's hashes (one per key of the ring). */
    public List<PrivacyRequest> of(List<String> addressHashes) {
        return em.createQuery("select r from PrivacyRequest r where r.addressHash in :hashes order by r.clocks.receivedAt",
                PrivacyRequest.class).setParameter("hashes", addressHashes).getResultList();
    }

    /** Up to {@code max} requests still waiting for verification that were received before {@code cutoff}. */
    public List<PrivacyRequest> unverifiedSince(Instant cutoff, int max) {
        return em.createQuery("select r from PrivacyRequest r where r.status = :pending and r.clocks.receivedAt < :cutoff"
                        + " order by r.clocks.receivedAt", PrivacyRequest.class)
                .setParameter("pending", PrivacyRequestStatus.PENDING_VERIFICATION).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }
}
