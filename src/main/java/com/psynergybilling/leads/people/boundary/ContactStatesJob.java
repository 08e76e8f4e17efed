package com.psynergybilling.leads.people.boundary;

import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Batches;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Judges the contact states whose promotional permission is not known under the policy in force (the
 * V26 backfill leaves it open; a new policy's predicate has another fingerprint), a batch per
 * transaction, soon after start and then every few seconds (finding none is one index look-up).
 * Readers are right meanwhile ({@link ContactStates#promotableSql} judges such rows itself); this only
 * makes them fast again.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ContactStatesJob extends RepeatingJob {

    private static final Logger LOG = Logger.getLogger(ContactStatesJob.class.getName());

    @Inject
    Batch batch;

    private volatile boolean forgotten;

    @PostConstruct
    void start() {
        repeat("Judging contact states", Duration.ofSeconds(5), Duration.ofSeconds(1), this::run);
    }

    void run() {
        if (!forgotten) {
            int other = batch.forgetOtherPolicies();
            forgotten = true;
            if (other > 0) {
                LOG.info(() -> other + " contact state(s) were judged under another policy; judging them again");
            }
        }
        long judged = Batches.drain(batch::judge, Batch.SIZE, this::stopping);
        if (judged > 0) {
            LOG.info(() -> "Judged the promotional permission of " + judged + " contact state(s)");
        }
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        static final int SIZE = 5000;

        @Inject
        ContactStates states;

        @Transactional
        public int forgetOtherPolicies() {
            return states.forgetOtherPolicies();
        }

        @Transactional
        public int judge() {
            return states.judgeUnjudged(SIZE);
        }
    }
}
