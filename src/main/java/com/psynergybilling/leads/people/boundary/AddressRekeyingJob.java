package com.psynergybilling.leads.people.boundary;

import com.psynergybilling.leads.people.control.AddressRekey;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
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
 * While {@code LEADS_SECRET_PREVIOUS} holds an older key, every node walks the addresses still held
 * soon after start and then hourly, and moves their stored hashes to the current key ({@link
 * AddressRekey}), a batch per transaction. Moving a hash twice is harmless, and the hourly pass catches
 * rows that nodes still on the old configuration wrote during a rolling restart.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap"})
public class AddressRekeyingJob extends RepeatingJob {

    private static final Logger LOG = Logger.getLogger(AddressRekeyingJob.class.getName());

    @Inject
    Batch batch;

    @PostConstruct
    void start() {
        if (!batch.rotating()) {
            return;
        }
        repeat("Address re-keying", Duration.ofHours(1), Duration.ofSeconds(10), this::run);
    }

    void run() {
        int moved = 0;
        for (String source : AddressRekey.SOURCES) {
            String after = null;
            do {
                var step = batch.step(source, after);
                moved += step.moved();
                after = step.lastId();
            } while (after != null && !stopping());
        }
        int total = moved;
        LOG.info(() -> "Address re-keying: moved " + total + " stored hash(es) of addresses still held to the current "
                + "LEADS_SECRET; hashes of addresses no longer held stay findable through LEADS_SECRET_PREVIOUS");
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        static final int SIZE = 200;

        @Inject
        AddressRekey rekey;

        /** Through a method: a field of a CDI proxy is never the bean's. */
        public boolean rotating() {
            return rekey.rotating();
        }

        @Transactional
        public AddressRekey.Step step(String source, String after) {
            return rekey.step(source, after, SIZE);
        }
    }
}
