package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.rights.control.LeadRetention;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Runs the lead retention (R27) every {@code LEADS_LEAD_RETENTION_POLL_MILLIS} (an hour) on every node:
 * a batch of people per transaction, each batch claiming its rows, so nodes never erase one person twice
 * and a million people never make one giant transaction. Completed runs and people erased are counted
 * in /metrics.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class LeadRetentionJob extends RepeatingJob {

    @Inject
    Batch batch;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "leads.lead.retention.poll.millis", defaultValue = Defaults.LEADS_LEAD_RETENTION_POLL_MILLIS)
    long pollMillis;

    private Counter runs;
    private Counter erased;

    @PostConstruct
    void start() {
        if (pollMillis < 100) {
            throw new IllegalStateException("LEADS_LEAD_RETENTION_POLL_MILLIS must be at least 100");
        }
        runs = metrics.counter(Metadata.builder().withName("leads_lead_retention_runs")
                .withDescription("Lead retention runs (R27) this node completed").build());
        erased = metrics.counter(Metadata.builder().withName("leads_lead_retention_erased")
                .withDescription("People erased by the lead retention (R27) on this node").build());
        repeat("Lead retention", Duration.ofMillis(pollMillis), Duration.ofMillis(Math.min(pollMillis, Duration.ofMinutes(3).toMillis())), this::run);
    }

    void run() {
        String after = "";
        LeadRetention.Batch done;
        do {
            done = batch.erase(after);
            after = done.last();
            erased.inc(done.erased());
        } while (done.seen() == Batch.SIZE && !stopping());
        runs.inc();
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        static final int SIZE = 100;

        @Inject
        LeadRetention retention;

        @Transactional
        public LeadRetention.Batch erase(String after) {
            return retention.eraseExpired(after, SIZE);
        }
    }
}
