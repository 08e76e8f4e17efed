package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.MailTemplates;
import com.psynergybilling.leads.mail.control.RetryRules;
import com.psynergybilling.leads.mail.control.Smtp;
import com.psynergybilling.leads.mail.entity.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the dispatcher: batch after batch, claim, compose, send over one connection and
 * record each outcome at once, until nothing is due (or a bounded number of batches went).
 */
@ApplicationScoped
public class DispatchRound {

    private static final Logger LOG = Logger.getLogger(DispatchRound.class.getName());
    static final int BATCH = 50;
    static final int MAX_BATCHES = 20;

    @Inject
    Dispatches dispatches;

    @Inject
    MailTemplates templates;

    @Inject
    Smtp smtp;

    public void run(Duration stuckAfter) {
        int stuck = dispatches.markStuck(stuckAfter);
        if (stuck > 0) {
            LOG.warning(() -> stuck + " message(s) were claimed and never finished; marked UNKNOWN, not sent again");
        }
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Claim> claimed = dispatches.claim(BATCH);
            if (!claimed.isEmpty()) {
                send(claimed);
            }
            if (claimed.size() < BATCH) {
                break;
            }
        }
    }

    private void send(List<Claim> batch) {
        Transport transport = null;
        try {
            for (int i = 0; i < batch.size(); i++) {
                Claim claim = batch.get(i);
                MimeMessage message;
                try {
                    message = smtp.compose(claim.id(), claim.recipient(), templates.render(claim.template(), claim.model()),
                            claim.attachment());
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Outbox message " + claim.id() + " cannot be composed", e);
                    dispatches.failed(claim, new RetryRules.Failure(RetryRules.Kind.REFUSED_PERMANENTLY,
                            "cannot be composed (" + e.getClass().getSimpleName() + ")"));
                    continue;
                }
                if (transport == null) {
                    try {
                        transport = smtp.connect();
                    } catch (MessagingException | RuntimeException e) {
                        LOG.log(Level.WARNING, "No SMTP connection; " + (batch.size() - i) + " message(s) wait", e);
                        var failure = RetryRules.classify(e, true);
                        batch.subList(i, batch.size()).forEach(waiting -> dispatches.failed(waiting, failure));
                        return;
                    }
                }
                switch (sendOne(transport, claim, message)) {
                    case SENT -> { }
                    case REFUSED -> {
                        // Transport.isConnected() costs a NOOP per call; a fresh connection after a
                        // failure costs nothing while all goes well.
                        close(transport);
                        transport = null;
                    }
                    case UNRECORDED -> {
                        dispatches.release(batch.subList(i + 1, batch.size()));
                        return;
                    }
                }
            }
        } finally {
            close(transport);
        }
    }

    private enum Result { SENT, REFUSED, UNRECORDED }

    /** UNRECORDED when the outcome could not be recorded: the round stops rather than send blind. */
    private Result sendOne(Transport transport, Claim claim, MimeMessage message) {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            var failure = RetryRules.classify(e, false);
            LOG.log(Level.INFO, () -> "Outbox message " + claim.id() + ": " + failure.reason());
            return record(() -> dispatches.failed(claim, failure), claim, Result.REFUSED);
        }
        return record(() -> dispatches.sent(claim), claim, Result.SENT);
    }

    private static Result record(Runnable outcome, Claim claim, Result result) {
        try {
            outcome.run();
            return result;
        } catch (RuntimeException e) {
            // Left SENDING, the message becomes UNKNOWN after the stuck timeout: never sent twice.
            LOG.log(Level.SEVERE, "The outcome of outbox message " + claim.id() + " could not be recorded", e);
            return Result.UNRECORDED;
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException ignored) {
                // the messages are sent and recorded; a failed QUIT changes nothing
            }
        }
    }
}
