package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mail not yet sent, in the registry of personal data: only a queued message still holds an address
 * and its values (a finished one keeps neither). Erasure skips the queued ones, which clears them.
 */
@ApplicationScoped
public class OutboxData implements PersonalData {

    static final String HOLDER = "mail";

    @PersistenceContext
    EntityManager em;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("DEMO_REQUEST", "PRICING_REQUEST",
                "PRODUCT_INFO_REQUEST", "WEBINAR_SIGNUP", "REFERRAL_COLLEAGUE", "PRIVACY_REQUEST"),
                Set.of("PROVIDING_THE_SERVICE", "COMMUNICATING_WITH_YOU", "REFERRALS", "REQUIRED_BY_LAW"),
                Set.of("SERVICE_PROVIDERS"));
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (OutboxMessage message : queuedTo(subject)) {
            pieces.add(Pieces.fact(HOLDER, "QUEUED_MAIL", message.createdAt(),
                    Map.of("template", message.template(), "to", message.recipient())));
        }
        return pieces;
    }

    /** The skip reason, as campaign progress counts it (the exclusion's name). */
    static final String ERASED = "DELETED";

    @Override
    public int erase(DataSubject subject, Instant now) {
        var queued = queuedTo(subject);
        queued.forEach(message -> message.skipped(ERASED, now));
        return queued.size();
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(OutboxMessage.class);
    }

    private List<OutboxMessage> queuedTo(DataSubject subject) {
        // HELD too: a paused campaign's messages wait with the address and values in them.
        return em.createQuery("select m from OutboxMessage m where m.recipient = :to and m.state in :waiting",
                        OutboxMessage.class)
                .setParameter("to", subject.email().value())
                .setParameter("waiting", List.of(MailState.QUEUED, MailState.HELD))
                .getResultList();
    }
}
