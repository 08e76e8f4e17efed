package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.ClaimRecovery;
import com.psynergybilling.leads.mail.control.MailGuard;
import com.psynergybilling.leads.mail.control.OutboxStore;
import com.psynergybilling.leads.mail.control.QueueStats;
import com.psynergybilling.leads.mail.control.RetryRules;
import com.psynergybilling.leads.mail.control.SendRate;
import com.psynergybilling.leads.mail.entity.Claim;
import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.platform.control.NodeLeases;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.UseRule;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dispatcher's transactions: claiming a batch, recording each outcome, sweeping stuck claims. */
@ApplicationScoped
public class Dispatches {

    static final String ACTOR = "mail-dispatcher";
    static final Set<String> PRIVACY_LETTERS = Set.of(Uses.PRIVACY_REPLY, Uses.ACCESS_REPORT);

    @Inject
    Clock clock;

    @Inject
    OutboxStore store;

    @Inject
    @Any
    Instance<MailGuard> guards;

    @Inject
    Event<Audited> audit;

    @Inject
    Secret secret;

    @Inject
    PolicyBook policies;

    @Inject
    QueueStats stats;

    @Inject
    SendRate rate;

    @Inject
    NodeLeases leases;

    static final int RECOVERY_BATCH = 1000;

    /**
     * Claims up to {@code max} due messages and asks every guard about each: a vetoed one is
     * SKIPPED, the rest become SENDING and are returned for this round alone to send. Promotions
     * come after every other message and only as many as {@link SendRate} allows.
     */
    @Transactional
    public List<Claim> claim(String node, int sender, int max) {
        Instant now = now();
        var due = new ArrayList<>(store.lockDue(now, max, Uses.PROMOTIONAL_EMAIL, false));
        List<OutboxMessage> promotions = store.lockDue(now, max - due.size(), Uses.PROMOTIONAL_EMAIL, true);
        due.addAll(promotions);
        var vetoes = vetoes(due);
        // Only promotions that will go take from the shared rate; the rest stay queued (their locks
        // end with this transaction).
        int allowance = rate.take((int) promotions.stream().filter(m -> !vetoes.containsKey(m.id())).count(), now);
        var claimed = new ArrayList<Claim>();
        for (OutboxMessage message : due) {
            String veto = vetoes.get(message.id());
            if (veto != null) {
                message.skipped(veto, now);
            } else if (!Uses.PROMOTIONAL_EMAIL.equals(message.use()) || allowance-- > 0) {
                message.claim(now, node, sender);
                claimed.add(Claim.of(message));
            }
        }
        return claimed;
    }

    /** Every guard is asked about the whole batch; the first veto of a message counts. */
    private Map<String, String> vetoes(List<OutboxMessage> due) {
        var vetoes = new HashMap<String, String>();
        if (due.isEmpty()) {
            return vetoes;
        }
        for (MailGuard guard : guards) {
            guard.vetoes(due).forEach(vetoes::putIfAbsent);
        }
        return vetoes;
    }

    /** A batch's marks, on one connection until closed ({@link OutboxStore#marks}). */
    public OutboxStore.Marks marks() {
        return store.marks();
    }

    /**
     * Marks {@code id} attempted just before its SMTP transaction, together with the accepted mark of
     * the message sent before it ({@code accepted}, or null), committed at once on the batch's
     * {@code marks} and outside any transaction ({@link OutboxStore.Marks#write}). False when
     * {@code node} no longer holds the message (a peer recovered it, taking this node for dead): then it
     * must not be sent.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean attempt(OutboxStore.Marks marks, String node, String id, String accepted) {
        return marks.write(id, accepted, node, now());
    }

    /**
     * A batch's outcomes in one transaction: each sent one with its audit entry (R26). Only messages
     * {@code node} still holds are touched, except that a message recovered as UNKNOWN while it was in
     * fact sent is recorded as sent.
     */
    @Transactional
    public void record(String node, List<Outcome> outcomes) {
        Instant now = now();
        var messages = store.byId(outcomes.stream().map(o -> o.claim().id()).toList());
        for (Outcome outcome : outcomes) {
            OutboxMessage message = messages.get(outcome.claim().id());
            if (message == null) {
                continue;
            }
            boolean held = message.state() == MailState.SENDING && node.equals(message.claimedBy());
            if (outcome.failure() == null && (held || message.state() == MailState.UNKNOWN)) {
                sent(message, outcome.claim(), now);
            } else if (held) {
                failed(message, outcome.failure(), now);
            }
        }
    }

    /**
     * Settles what {@code node} left SENDING (its {@code sender}'s alone unless null), by the marks
     * each send left ({@link ClaimRecovery}); returns how many of each fate.
     */
    @Transactional
    public Map<ClaimRecovery.Fate, Integer> recover(String node, Integer sender) {
        Instant now = now();
        var fates = new EnumMap<ClaimRecovery.Fate, Integer>(ClaimRecovery.Fate.class);
        for (OutboxMessage message : store.lockClaimsOf(node, sender, RECOVERY_BATCH)) {
            var fate = ClaimRecovery.of(message.attemptedAt(), message.acceptedAt());
            switch (fate) {
                case QUEUED_AGAIN -> message.released("its sender stopped before trying it: queued again");
                case SENT -> sent(message, Claim.of(message), now);
                default -> message.unknown("its sender stopped during the SMTP transaction: fate unknown,"
                        + " not sent again", now);
            }
            fates.merge(fate, 1, Integer::sum);
        }
        return fates;
    }

    /** At a clean stop, once this node's rounds are over: peers need not wait for its lease to lapse. */
    @Transactional
    public void release(String node) {
        leases.release(node);
    }

    /** The holders of SENDING messages whose lease lapsed, this node excepted. */
    @Transactional
    public Set<String> deadHolders(String self, Duration lease) {
        var holders = new ArrayList<>(store.holders());
        holders.remove(self);
        if (holders.isEmpty()) {
            return Set.of();
        }
        return ClaimRecovery.dead(holders, leases.renewedAt(), now(), lease);
    }

    /**
     * Sent: whose is a keyed hash of the address. A privacy letter's is not written: the letter is
     * found through its request (the outbox reference), which forgets the requester on erasure, while
     * a hash written here would tie the last letter after a deletion back to the address (R20).
     */
    private void sent(OutboxMessage message, Claim claim, Instant now) {
        message.sent(now);
        String whose = PRIVACY_LETTERS.contains(claim.use()) ? null : secret.keyedHash(claim.recipient());
        audit.fire(new Audited(ACTOR, "MAIL_SENT", whose, purpose(claim.use()), "outbox " + claim.id()));
    }

    private static void failed(OutboxMessage message, RetryRules.Failure failure, Instant now) {
        var verdict = RetryRules.decide(failure, message.retries().attempts(), now);
        switch (verdict.state()) {
            case QUEUED -> message.retryAt(verdict.retryAt(), verdict.outcome());
            case FAILED -> message.failed(verdict.outcome(), now);
            default -> message.unknown(verdict.outcome(), now);
        }
    }

    @Transactional
    public int markStuck(Duration after) {
        Instant now = now();
        return store.markStuck(now.minus(after), now);
    }

    /** Refreshes the queue numbers when they are a few seconds old. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void measure() {
        Instant now = now();
        if (stats.due(now)) {
            stats.measured(store.queued(), store.oldestQueued().orElse(null), now);
        }
    }

    private String purpose(String use) {
        return policies.current().use(use).map(UseRule::purpose).orElse(null);
    }

    private Instant now() {
        return Moments.now(clock);
    }
}
