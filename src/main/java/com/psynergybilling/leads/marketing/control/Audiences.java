package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.marketing.entity.AudienceCounts;
import com.psynergybilling.leads.marketing.entity.Exclusion;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Audiences in the database: counted, walked in batches, and each recipient judged once more. */
@ApplicationScoped
public class Audiences {

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Inject
    ContactStates states;

    public AudienceCounts count(Audience audience) {
        var excluded = new EnumMap<Exclusion, Long>(Exclusion.class);
        for (Exclusion reason : Exclusion.values()) {
            excluded.put(reason, 0L);
        }
        long eligible = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(AudienceSql.counts(policies, states, audience)).getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            if ("ELIGIBLE".equals(row[0])) {
                eligible = count;
            } else {
                excluded.merge(Exclusion.valueOf(row[0].toString()), count, Long::sum);
            }
        }
        AudienceSql.Query colleagues = AudienceSql.referredColleagues(audience);
        if (colleagues != null) {
            long count = ((Number) query(colleagues).getSingleResult()).longValue();
            excluded.merge(Exclusion.REFERRAL_ONLY, count, Long::sum);
        }
        return new AudienceCounts(eligible, excluded);
    }

    /**
     * One step of a walk through an audience: the eligible ids it found, where it ended (the next step
     * starts after it; null when it found nothing), and whether it was the last.
     */
    public record Step(List<String> eligible, String through, boolean last) {
    }

    /**
     * The eligible people of the next step after {@code afterPersonId}, in id order, at most {@code window}.
     * An audience that filters no submissions is a keyset range of the contact states' index; one that
     * does is classified a window of {@code window} matching submissions at a time.
     */
    public Step next(Audience audience, String afterPersonId, int window) {
        if (!AudienceSql.filtersSubmissions(audience)) {
            @SuppressWarnings("unchecked")
            List<Object> ids = query(AudienceSql.eligibleStates(states, afterPersonId, window)).getResultList();
            var eligible = ids.stream().map(Object::toString).toList();
            return new Step(eligible, eligible.isEmpty() ? null : eligible.get(eligible.size() - 1),
                    eligible.size() < Math.max(1, window));
        }
        Object[] end = (Object[]) query(AudienceSql.window(audience, afterPersonId, window)).getSingleResult();
        if (end[1] == null) {
            return new Step(List.of(), null, true);
        }
        String through = end[1].toString();
        @SuppressWarnings("unchecked")
        List<Object> ids = query(AudienceSql.eligible(policies, states, audience, end[0].toString(), through))
                .getResultList();
        return new Step(ids.stream().map(Object::toString).toList(), through,
                ((Number) end[2]).longValue() < Math.max(1, window));
    }

    /** A recipient of a promotion: the submission it rests on (the newest permitted one) and its permit. */
    public record Recipient(Submission submission, Permit permit) {
    }

    /**
     * Judges each person's submissions one by one, as the database did all at once: the SQL chose
     * them, and no message is queued without a Permit made by the policy itself.
     */
    public Map<String, Recipient> recipients(List<String> personIds, Audience audience) {
        var chosen = new LinkedHashMap<String, Recipient>();
        if (personIds.isEmpty()) {
            return chosen;
        }
        List<Submission> submissions = em.createQuery("select s from Submission s join fetch s.person p"
                        + " where p.id in :ids", Submission.class)
                .setParameter("ids", personIds).getResultList();
        submissions.stream()
                .filter(s -> AudienceSql.lead(s) && !s.keptForObligationOnly())
                .sorted(Comparator.comparing((Submission s) -> s.collection().collectedAt()).reversed())
                .forEach(s -> permit(s, audience).ifPresent(permit ->
                        chosen.putIfAbsent(s.person().id(), new Recipient(s, permit))));
        return chosen;
    }

    private Optional<Permit> permit(Submission submission, Audience audience) {
        if (audience.selectsBySpecialty()
                && !(policies.judge(Uses.SELECTION_BY_SPECIALTY, submission.collection()) instanceof Permit)) {
            return Optional.empty();
        }
        return policies.judge(Uses.PROMOTIONAL_EMAIL, submission.collection()) instanceof Permit permit
                ? Optional.of(permit) : Optional.empty();
    }

    private Query query(AudienceSql.Query built) {
        Query query = em.createNativeQuery(built.sql());
        for (int i = 0; i < built.parameters().size(); i++) {
            query.setParameter(i + 1, built.parameters().get(i));
        }
        return query;
    }
}
