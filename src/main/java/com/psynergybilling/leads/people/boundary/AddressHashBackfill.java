package com.psynergybilling.leads.people.boundary;

import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.platform.control.Batches;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * At start, people written before the keyed hash was kept on their row (V7) get it, a batch per
 * transaction: the hash needs LEADS_SECRET, which a SQL migration cannot reach. Every node does it;
 * filling in the same value twice is harmless.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap"})
public class AddressHashBackfill {

    private static final Logger LOG = Logger.getLogger(AddressHashBackfill.class.getName());

    @Inject
    Batch batch;

    @PostConstruct
    void fill() {
        long filled = Batches.drain(batch::run, Batch.SIZE, () -> false);
        if (filled > 0) {
            LOG.info(() -> "Filled in the keyed address hash of " + filled + " earlier record(s)");
        }
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        static final int SIZE = 500;

        @Inject
        People people;

        @Transactional
        public int run() {
            return people.hashMissing(SIZE);
        }
    }
}
