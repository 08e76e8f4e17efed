package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.entity.Permit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes messages to the outbox in the caller's transaction; the dispatcher does the rest. */
@ApplicationScoped
public class Outbox {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Queues {@code envelope} for the use {@code permit} allows. The message key is unique: a second
     * message with the same key fails the caller's transaction (callers that may race check first).
     */
    public OutboxMessage queue(Permit permit, Envelope envelope) {
        var model = JSON.createObjectBuilder();
        envelope.model().forEach(model::add);
        var message = new OutboxMessage(envelope.messageKey(), permit.use(), envelope.recipient().value(),
                envelope.template(), model.build().toString(), envelope.reference(),
                Moments.now(clock));
        message.attach(envelope.attachment());
        em.persist(message);
        return message;
    }
}
