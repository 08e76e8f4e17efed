package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.mail.control.MailGuard;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.marketing.entity.Exclusion;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * At send time a promotion goes only to a person who may still get one: not unsubscribed since it
 * was queued (R12), not erased, not a minor, and with a record the policy still permits it for
 * (R11). The do-not-contact list has its own guard. The veto is the exclusion's name. A claimed
 * batch is checked with one query of the recipients' contact states (ContactStates), which every writer
 * of these facts keeps in its own transaction: an unsubscribe committed before the check is seen.
 */
@ApplicationScoped
public class PromotionGuard implements MailGuard {

    @PersistenceContext
    EntityManager em;

    private static final int CHUNK = 500;

    @Inject
    ContactStates contactStates;

    @Override
    public Map<String, String> vetoes(List<OutboxMessage> messages) {
        var personOf = new HashMap<String, String>();
        for (OutboxMessage message : messages) {
            if (Uses.PROMOTIONAL_EMAIL.equals(message.use())) {
                personOf.put(message.id(), CampaignMail.personOf(message.messageKey()).orElse(""));
            }
        }
        var vetoes = new HashMap<String, String>();
        if (personOf.isEmpty()) {
            return vetoes;
        }
        var ids = List.copyOf(new HashSet<>(personOf.values()));
        var states = new HashMap<String, Object[]>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var marks = new StringJoiner(", ");
            for (int i = 1; i <= chunk.size(); i++) {
                marks.add("?" + i);
            }
            Query query = em.createNativeQuery("select c.person_id, c.minor, c.erased, c.unsubscribed, c.has_lead, "
                    + contactStates.promotableSql("c") + " from contact_states c where c.person_id in (" + marks + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            rows.forEach(row -> states.put(row[0].toString(), row));
        }
        personOf.forEach((messageId, personId) -> exclusion(states.get(personId))
                .ifPresent(exclusion -> vetoes.put(messageId, exclusion.name())));
        return vetoes;
    }

    @Override
    public Optional<String> veto(OutboxMessage message) {
        return Optional.ofNullable(vetoes(List.of(message)).get(message.id()));
    }

    /**
     * In the order of the audience query's CASE (AudienceSql), so count and send-time check agree. No
     * contact state: no person (erased and gone, or never known).
     */
    private static Optional<Exclusion> exclusion(Object[] state) {
        if (state == null) {
            return Optional.of(Exclusion.DELETED);
        }
        if (yes(state[1])) {
            return Optional.of(Exclusion.MINOR);
        }
        if (yes(state[2])) {
            return Optional.of(Exclusion.DELETED);
        }
        if (yes(state[3])) {
            return Optional.of(Exclusion.UNSUBSCRIBED);
        }
        if (!yes(state[4])) {
            return Optional.of(Exclusion.REFERRAL_ONLY);
        }
        return yes(state[5]) ? Optional.empty() : Optional.of(Exclusion.PURPOSE_NOT_PERMITTED);
    }

    private static boolean yes(Object flag) {
        return Boolean.TRUE.equals(flag) || (flag instanceof Number n && n.intValue() != 0);
    }
}
