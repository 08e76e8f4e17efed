package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.intake.entity.IdempotencyKey;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The Idempotency-Key store. Claiming a key is its own committed insert, so concurrent repeats see it
 * at once; the answer is recorded in the same transaction as the submission it answers.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Claims {@code keyHash} for this request. Empty: go ahead. A receipt: the first answer, to
     * repeat. Refused with 409 while the first request runs, with 422 for a different body.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Receipt> claim(String keyHash, String requestHash) {
        Instant now = Moments.now(clock);
        var existing = em.find(IdempotencyKey.class, keyHash);
        if (existing != null && existing.expired(now)) {
            em.remove(existing);
            em.flush();
            existing = null;
        }
        if (existing == null) {
            em.persist(new IdempotencyKey(keyHash, requestHash, now));
            em.flush();
            return Optional.empty();
        }
        if (!existing.sameRequest(requestHash)) {
            throw new ProblemException(new Problem("idempotency-key-reused", "Idempotency-Key reused", 422,
                    "This Idempotency-Key was used with a different request body."));
        }
        if (!existing.done()) {
            throw new ProblemException(new Problem("idempotency-key-in-progress", "Request in progress", 409,
                    "A request with this Idempotency-Key is still being processed. Retry shortly."));
        }
        return Optional.of(existing.receipt());
    }

    /** Records the answer; joins the caller's transaction, so it commits with the submission or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(String keyHash, Receipt receipt) {
        em.find(IdempotencyKey.class, keyHash).answered(receipt);
    }

    /** Frees a key whose request failed, so that the client may retry with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String keyHash) {
        var key = em.find(IdempotencyKey.class, keyHash);
        if (key != null && !key.done()) {
            em.remove(key);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeExpired() {
        return em.createQuery("delete from IdempotencyKey k where k.createdAt < :cutoff")
                .setParameter("cutoff", Moments.now(clock).minus(IdempotencyKey.KEPT))
                .executeUpdate();
    }
}
