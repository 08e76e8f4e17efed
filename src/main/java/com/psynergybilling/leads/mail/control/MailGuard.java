package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.OutboxMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A component's say, at send time, over a message queued earlier: the person may have been removed,
 * unsubscribed, deleted or put on the do-not-contact list since. Every guard is asked; one veto skips
 * the message. Implementations are CDI beans of the component that owns the record.
 */
public interface MailGuard {

    /** Why {@code message} must not go now, or empty when this guard has no objection. */
    Optional<String> veto(OutboxMessage message);

    /**
     * The vetoes for a claimed batch, by message id (no entry: no objection). Guards that read the
     * database per message answer a batch with a few queries instead.
     */
    default Map<String, String> vetoes(List<OutboxMessage> messages) {
        var vetoes = new HashMap<String, String>();
        for (OutboxMessage message : messages) {
            veto(message).ifPresent(reason -> vetoes.put(message.id(), reason));
        }
        return vetoes;
    }
}
