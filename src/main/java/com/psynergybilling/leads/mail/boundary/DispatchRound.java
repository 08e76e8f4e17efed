package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.BounceAddresses;
import com.psynergybilling.leads.mail.control.MailTemplates;
import com.psynergybilling.leads.mail.control.OutboxStore;
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

    /**
     * One round of {@code sender}: first what an earlier round could not finish (outcomes not yet
     * recorded, claims left SENDING when the database went away), then batch after batch. With the
     * database down the round ends at its first query, having changed nothing: no message is
     * marked failed for it, and the next round picks up where this one stopped.
     */
    public void run(Sender sender) {
        sender.flush(dispatches);
        if (sender.interrupted()) {
            var fates = dispatches.recover(sender.node(), sender.index());
            sender.resumed();
            if (!fates.isEmpty()) {
                LOG.info(() -> "Outbox sender " + sender.index() + " settled what it left SENDING: " + fates);
            }
        }
        try (var connection = new Connection(smtp)) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<Claim> claimed = dispatches.claim(sender.node(), sender.index(), BATCH);
                if (!claimed.isEmpty() && !send(sender, claimed, connection)) {
                    break;
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
     * Sends a claimed batch over one connection, each message marked attempted just before its SMTP
     * transaction (and the one before it accepted, in the same cheap write), and records every outcome
     * in one transaction at the end. Should the node die meanwhile, {@link Dispatches#recover} settles
     * the batch by those marks: only the message in flight is lost to UNKNOWN. False when the batch
     * was cut short because a mark could not be written (the database is gone, or the claim was
     * taken over): the rest stays claimed, unattempted, for the recovery.
     */
    private boolean send(Sender sender, List<Claim> batch, Connection connection) {
        var outcomes = new ArrayList<Outcome>(batch.size());
        String accepted = null;
        // The marks' connection is given back before the outcomes are recorded: a sender holds one at a time.
        try (var marks = dispatches.marks()) {
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
                if (!attempt(sender, marks, claim, accepted)) {
                    sender.interrupt();
                    return false;
                }
                accepted = null;
                Transport transport;
                try {
                    transport = connection.get();
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "No SMTP connection; " + (batch.size() - i) + " message(s) wait", e);
                    var failure = RetryRules.classify(e, true);
                    batch.subList(i, batch.size()).forEach(waiting -> outcomes.add(Outcome.failed(waiting, failure)));
                    return true;
                }
                Outcome outcome = sendOne(transport, claim, message);
                outcomes.add(outcome);
                if (outcome.failure() != null) {
                    connection.drop();
                } else {
                    accepted = claim.id();
                }
            }
            return true;
        } catch (RuntimeException e) {
            sender.interrupt();
            throw e;
        } finally {
            record(sender, outcomes);
        }
    }

    /** A promotion's reports come back to its own bounce address; other mail keeps the sender's. */
    private jakarta.mail.internet.InternetAddress returnPath(Claim claim) {
        return Uses.PROMOTIONAL_EMAIL.equals(claim.use()) ? bounces.of(claim.id(), smtp.from()) : null;
    }

    private boolean attempt(Sender sender, OutboxStore.Marks marks, Claim claim, String accepted) {
        try {
            if (dispatches.attempt(marks, sender.node(), claim.id(), accepted)) {
                return true;
            }
            LOG.warning(() -> "Outbox message " + claim.id() + " was taken over by another node; not sent here");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Outbox sender " + sender.index() + " pauses: the database took no mark ("
                    + e.getClass().getSimpleName() + ")");
        }
        return false;
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

    private void record(Sender sender, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            dispatches.record(sender.node(), outcomes);
        } catch (RuntimeException e) {
            // Kept for the next round, which records them before anything else: a message is not
            // marked failed, nor sent again, because the database could not be written just now.
            sender.keep(outcomes);
            LOG.warning(() -> "The outcomes of " + outcomes.size() + " outbox message(s) wait for the database ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
