package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.BounceAddresses;
import com.psynergybilling.leads.mail.control.MailTemplates;
import com.psynergybilling.leads.mail.control.RetryRules;
import com.psynergybilling.leads.mail.control.Smtp;
import com.psynergybilling.leads.mail.entity.Claim;
import com.psynergybilling.leads.mail.entity.RenderedMail;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the dispatcher: batch after batch, claim, compose, send over one connection and
 * record the batch's outcomes, until nothing is due (or a bounded number of batches went).
 */
@ApplicationScoped
public class DispatchRound {

    private static final Logger LOG = Logger.getLogger(DispatchRound.class.getName());
    static final int BATCH = 100;
    static final int MAX_BATCHES = 20;

    @Inject
    Dispatches dispatches;

    @Inject
    MailTemplates templates;

    @Inject
    Smtp smtp;

    @Inject
    BounceAddresses bounces;

    public void run(Duration stuckAfter) {
        int stuck = dispatches.markStuck(stuckAfter);
        if (stuck > 0) {
            LOG.warning(() -> stuck + " message(s) were claimed and never finished; marked UNKNOWN, not sent again");
        }
        try (var connection = new Connection(smtp)) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<Claim> claimed = dispatches.claim(BATCH);
                if (!claimed.isEmpty()) {
                    send(claimed, connection);
                }
                if (claimed.size() < BATCH) {
                    break;
                }
            }
        }
    }

    /** The round's SMTP connection, opened at the first message and kept for the following batches. */
    static final class Connection implements AutoCloseable {

        private final Smtp smtp;
        private Transport transport;

        Connection(Smtp smtp) {
            this.smtp = smtp;
        }

        Transport get() throws MessagingException {
            if (transport == null) {
                transport = smtp.connect();
            }
            return transport;
        }

        /** After a failure the next message gets a fresh connection (Transport.isConnected() costs a NOOP). */
        void drop() {
            close();
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException ignored) {
                    // the messages are sent and recorded; a failed QUIT changes nothing
                }
                transport = null;
            }
        }
    }

    /**
     * Sends a claimed batch over one connection and records every outcome in one transaction at
     * the end. Should the node die before that, the batch stays SENDING and becomes UNKNOWN after
     * the stuck timeout: a message is never sent twice, at the price of a coarser UNKNOWN.
     */
    private void send(List<Claim> batch, Connection connection) {
        var outcomes = new ArrayList<Outcome>(batch.size());
        try {
            for (int i = 0; i < batch.size(); i++) {
                Claim claim = batch.get(i);
                MimeMessage message;
                try {
                    message = smtp.compose(claim.id(), claim.recipient(), rendered(claim), claim.attachment(),
                            returnPath(claim));
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Outbox message " + claim.id() + " cannot be composed", e);
                    outcomes.add(Outcome.failed(claim, new RetryRules.Failure(RetryRules.Kind.REFUSED_PERMANENTLY,
                            "cannot be composed (" + e.getClass().getSimpleName() + ")")));
                    continue;
                }
                Transport transport;
                try {
                    transport = connection.get();
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "No SMTP connection; " + (batch.size() - i) + " message(s) wait", e);
                    var failure = RetryRules.classify(e, true);
                    batch.subList(i, batch.size()).forEach(waiting -> outcomes.add(Outcome.failed(waiting, failure)));
                    return;
                }
                Outcome outcome = sendOne(transport, claim, message);
                outcomes.add(outcome);
                if (outcome.failure() != null) {
                    connection.drop();
                }
            }
        } finally {
            record(outcomes);
        }
    }

    /** A promotion's reports come back to its own bounce address; other mail keeps the sender's. */
    private jakarta.mail.internet.InternetAddress returnPath(Claim claim) {
        return Uses.PROMOTIONAL_EMAIL.equals(claim.use()) ? bounces.of(claim.id(), smtp.from()) : null;
    }

    /** A promotion without its unsubscribe link is not composed at all (R12). */
    private RenderedMail rendered(Claim claim) {
        RenderedMail mail = templates.render(claim.template(), claim.model());
        if (Uses.PROMOTIONAL_EMAIL.equals(claim.use()) && mail.unsubscribeUrl() == null) {
            throw new IllegalStateException("a promotion without its unsubscribe link");
        }
        return mail;
    }

    private static Outcome sendOne(Transport transport, Claim claim, MimeMessage message) {
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return Outcome.sent(claim);
        } catch (MessagingException | RuntimeException e) {
            var failure = RetryRules.classify(e, false);
            LOG.log(Level.INFO, () -> "Outbox message " + claim.id() + ": " + failure.reason());
            return Outcome.failed(claim, failure);
        }
    }

    private void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            dispatches.record(outcomes);
        } catch (RuntimeException e) {
            // Left SENDING, they become UNKNOWN after the stuck timeout: never sent twice.
            LOG.log(Level.SEVERE, "The outcomes of " + outcomes.size() + " outbox message(s) could not be recorded", e);
        }
    }
}
