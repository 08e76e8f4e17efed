package com.psynergybilling.leads.audit.boundary;

import com.psynergybilling.leads.audit.control.AuditChain;
import com.psynergybilling.leads.audit.control.AuditLog;
import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start, re-chains entries written before chain version 2 (once, on whichever node comes first).
 * Then, every LEADS_AUDIT_CHECKPOINT_MINUTES, writes the chain's head to the service log: the log
 * lives outside the database, so a writer who rewrites or cuts the chain's tail there cannot make a
 * logged checkpoint match again (R26). Every node logs; any one's line will do.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class AuditCheckpointJob extends RepeatingJob {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointJob.class.getName());

    @Inject
    Batch batch;

    @Inject
    @ConfigProperty(name = "leads.audit.checkpoint.minutes", defaultValue = Defaults.LEADS_AUDIT_CHECKPOINT_MINUTES)
    long minutes;

    @PostConstruct
    void start() {
        int relinked = batch.upgrade();
        if (relinked > 0) {
            LOG.info(() -> relinked + " audit entries re-chained as version 2");
        }
        repeat("Audit checkpoint", Duration.ofMinutes(Math.max(1, minutes)), Duration.ofSeconds(30), this::log);
    }

    void log() {
        var checkpoint = batch.read();
        LOG.info(() -> "Audit checkpoint " + checkpoint.checkpoint() + " at " + checkpoint.at()
                + " (keep it; verify with GET /api/v1/audit/chain?checkpoint=" + checkpoint.checkpoint() + ")");
    }

    /** The job's transactions: re-chaining at start, reading the head. */
    @ApplicationScoped
    public static class Batch {

        @Inject
        AuditLog log;

        @Inject
        AuditChain chain;

        @Transactional
        public int upgrade() {
            return chain.upgrade();
        }

        @Transactional(Transactional.TxType.SUPPORTS)
        public AuditCheckpoint read() {
            return log.checkpoint();
        }
    }
}
