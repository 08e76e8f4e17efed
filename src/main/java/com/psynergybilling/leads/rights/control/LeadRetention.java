package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.platform.control.LeadRetentionPeriod;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R27: a lead is kept {@code LEADS_LEAD_RETENTION_MONTHS} after their last activity (the newest of
 * their submissions, the sales activity on their demo requests: claims, status changes, notes; and
 * their webinar registrations; a person made since the cutoff is new, whatever they hold: a writer
 * that commits a person before their submission must not lose them to this), then erased through the same {@link Erasure} as a deletion request,
 * audited as retention. A legal hold keeps them (R20): the erasure restricts their records to the hold,
 * once, and the selection then passes them by until the hold is released; a person kept only for a hold
 * (every record restricted) is erased at the first run after the release, whatever their last activity,
 * since the hold was all that kept them (their deletion was asked for, or due). A privacy request of theirs that still
 * waits for an answer (verification, a decision or an appeal): erasing them then would answer it with
 * a letter about the retention, days after they asked.
 * <p>
 * The selection reads the people, intake, sales and webinar tables in one query, so that a million
 * people are judged in the database; it claims the rows it picked ({@code FOR UPDATE SKIP LOCKED}), so
 * two nodes never erase the same person at once, and walks them by id, so a held person whose address
 * hash the query could not see is passed and not met again.
 */
@ApplicationScoped
public class LeadRetention {

    static final String ACTOR = "retention";

    static final String EXPIRED = "SELECT p.id FROM people p WHERE p.erased_at IS NULL AND p.email IS NOT NULL"
            + " AND p.id > ?1 AND ((p.created_at < ?5"
            + " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.person_id = p.id AND s.collected_at >= ?2)"
            + " AND NOT EXISTS (SELECT 1 FROM submissions s JOIN demo_requests d ON d.id = s.id"
            + " WHERE s.person_id = p.id AND d.updated_at >= ?3)"
            + " AND NOT EXISTS (SELECT 1 FROM webinar_registrations r WHERE r.person_id = p.id AND r.registered_at >= ?4))"
            // Or kept only for a hold (every record restricted): once the hold is released, nothing keeps them.
            + " OR " + People.keptOnlyForAHoldSql("p.id") + ")"
            // Held: handed to the erasure once, which restricts the records to the hold (R20); then passed.
            + " AND NOT (EXISTS (SELECT 1 FROM legal_holds h WHERE h.address_hash = p.address_hash"
            + " AND h.released_at IS NULL)"
            + " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.person_id = p.id AND s.restricted_at IS NULL))"
            + " AND NOT EXISTS (SELECT 1 FROM privacy_requests q WHERE q.address_hash = p.address_hash"
            + " AND q.status IN " + PrivacyRequestStatus.DECIDABLE.stream().map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ", "(", ")")) + ")"
            + " ORDER BY p.id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    Erasure erasure;

    @Inject
    Clock clock;

    @Inject
    LeadRetentionPeriod period;

    /** One batch: how many people it looked at, the last one's id (where the next batch starts), how many went. */
    public record Batch(int seen, String last, int erased) {
    }

    /** Claims up to {@code max} people after id {@code after} whose last activity is older than the cutoff. */
    public List<String> expired(String after, Instant cutoff, int max) {
        var at = cutoff.atOffset(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(EXPIRED.formatted(max)).setParameter(1, after).setParameter(2, at)
                .setParameter(3, at).setParameter(4, at).setParameter(5, at).getResultList();
        return ids.stream().map(Object::toString).toList();
    }

    /** Erases the expired people among the next {@code max} after id {@code after}, in the caller's transaction. */
    public Batch eraseExpired(String after, int max) {
        Instant now = Moments.now(clock);
        var ids = expired(after, period.cutoff(now), max);
        int erased = 0;
        for (String id : ids) {
            var person = em.find(Person.class, id);
            var subject = registry.subject(person.email());
            if (erasure.erase(subject, Erasure.Ground.RETENTION, ACTOR, "retention (R27, " + period.months() + " months)", now)
                    .erased()) {
                erased++;
            }
        }
        return new Batch(ids.size(), ids.isEmpty() ? after : ids.get(ids.size() - 1), erased);
    }
}
