package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.QueueStats;
import com.psynergybilling.leads.mail.control.Smtp;
import com.psynergybilling.leads.mail.entity.MailQueued;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.ThisNode;
import com.psynergybilling.leads.platform.control.Repeating;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Runs the outbox on every node: {@code LEADS_MAIL_SENDERS} rounds side by side, each starting
 * {@code LEADS_MAIL_POLL_MILLIS} after its last one ended.
 * Each on a thread of its own ({@link Repeating}), not a persistent timer (which needs the cluster); nodes never
 * coordinate, because claiming with SKIP LOCKED already gives each message to one of them. Claims
 * are this node's while its lease lives ({@code NodeHeartbeat}); every heartbeat, each node settles
 * the claims of nodes whose lease lapsed ({@link Dispatches#recover}).
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap", "NodeHeartbeat"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DispatchJob {

    private static final Logger LOG = Logger.getLogger(DispatchJob.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "leads.mail.poll.millis", defaultValue = Defaults.LEADS_MAIL_POLL_MILLIS)
    long pollMillis;

    @Inject
    @ConfigProperty(name = "leads.mail.stuck.minutes", defaultValue = Defaults.LEADS_MAIL_STUCK_MINUTES)
    long stuckMinutes;

    /** Rounds running side by side on this node, each over its own SMTP connection. */
    @Inject
    @ConfigProperty(name = "leads.mail.senders", defaultValue = Defaults.LEADS_MAIL_SENDERS)
    int senders;

    @Inject
    DispatchRound round;

    @Inject
    Dispatches dispatches;

    @Inject
    QueueStats stats;

    @Inject
    Smtp smtp;

    @Inject
    MetricRegistry metrics;

    @Inject
    ThisNode node;

    private Repeating recovery;
    private Repeating writeWatch;

    private final List<Repeating> rounds = new ArrayList<>();
    /** Rounds share it; stopping takes it whole, so it waits for every running round. */
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private static final int STOP_WAIT_SECONDS = 20;
    /** How often connections are checked for a write stuck on a server that stopped reading ({@link Smtp}). */
    private static final Duration WRITE_WATCH = Duration.ofSeconds(1);

    @PostConstruct
    void start() {
        if (pollMillis < 10 || stuckMinutes < 1 || senders < 1 || senders > 32) {
            throw new IllegalStateException("LEADS_MAIL_POLL_MILLIS must be at least 10, LEADS_MAIL_STUCK_MINUTES at "
                    + "least 1 and LEADS_MAIL_SENDERS 1 to 32");
        }
        LOG.info(() -> "Mail from " + smtp.from() + ", " + senders + " sender(s) polling the outbox every "
                + pollMillis + " ms");
        metrics.gauge(Metadata.builder().withName("leads_mail_queue_depth")
                .withDescription("Messages waiting in the outbox (QUEUED)").withUnit(MetricUnits.NONE).build(),
                stats, QueueStats::depth);
        metrics.gauge(Metadata.builder().withName("leads_mail_oldest_waiting_seconds")
                .withDescription("Age of the oldest message waiting in the outbox").withUnit(MetricUnits.NONE).build(),
                stats, QueueStats::oldestWaitingSeconds);
        recovery = new Repeating(threads, "The recovery of dead nodes' claims", node.heartbeat(), this::recover);
        recovery.start(Duration.ZERO);
        writeWatch = new Repeating(threads, "The watch of stalled SMTP writes", WRITE_WATCH, this::closeStalledWrites);
        writeWatch.start(WRITE_WATCH);
        for (int i = 0; i < senders; i++) {
            var state = new Sender(node.id(), i);
            var sender = new Repeating(threads, "An outbox round", Duration.ofMillis(pollMillis), () -> poll(state));
            rounds.add(sender);
            // Spread over one poll interval, so the senders do not all claim at the same instant.
            sender.start(Duration.ofMillis(pollMillis + i * pollMillis / senders));
        }
    }

    /**
     * Lets a running round finish before the node goes (bounded), so that a graceful stop does not
     * leave claimed messages SENDING, to end as UNKNOWN and never be sent.
     */
    @PreDestroy
    void stop() {
        recovery.stop();
        writeWatch.stop();
        rounds.forEach(Repeating::stop);
        try {
            if (running.writeLock().tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.writeLock().unlock();
                release();
            } else {
                LOG.warning("An outbox round was still running at shutdown; its claimed messages end as UNKNOWN");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Mail queued on this node: the senders claim it now, not at their next poll. */
    @Lock(LockType.READ)
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        rounds.forEach(Repeating::nudge);
    }

    private void poll(Sender sender) {
        running.readLock().lock();
        try {
            round.run(sender);
            dispatches.measure();
        } finally {
            running.readLock().unlock();
            stats.roundDone();
        }
    }

    private void closeStalledWrites() {
        int closed = smtp.closeStalledWrites();
        if (closed > 0) {
            LOG.warning(() -> closed + " SMTP connection(s) closed: the server took no data for "
                    + Smtp.TIMEOUT_MILLIS + " ms");
        }
    }

    private void release() {
        try {
            dispatches.release(node.id());
        } catch (RuntimeException e) {
            LOG.warning(() -> "The node's lease could not be given up; it lapses by itself");
        }
    }

    /**
     * Settles, by their marks, the messages that nodes whose lease lapsed left SENDING; then, as the last
     * net, marks UNKNOWN what stayed SENDING past {@code LEADS_MAIL_STUCK_MINUTES}. Once a heartbeat for
     * the node, not in every sender's round: an idle node's rounds are one claim transaction each.
     */
    private void recover() {
        for (String dead : dispatches.deadHolders(node.id(), node.lease())) {
            var fates = dispatches.recover(dead, null);
            while (fates.values().stream().mapToInt(Integer::intValue).sum() >= Dispatches.RECOVERY_BATCH) {
                fates = dispatches.recover(dead, null);
            }
            LOG.warning("Node " + dead + " stopped holding outbox messages; settled: " + fates);
        }
        int stuck = dispatches.markStuck(Duration.ofMinutes(stuckMinutes));
        if (stuck > 0) {
            LOG.warning(() -> stuck + " message(s) were claimed and never finished; marked UNKNOWN, not sent again");
        }
    }
}
