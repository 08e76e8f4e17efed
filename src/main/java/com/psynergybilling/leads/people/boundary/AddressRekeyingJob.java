package com.psynergybilling.leads.people.boundary;

import com.psynergybilling.leads.people.control.AddressRekey;
import com.psynergybilling.leads.platform.control.Repeating;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
public class AddressRekeyingJob {

    private static final Logger LOG = Logger.getLogger(AddressRekeyingJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Batch batch;

    private Repeating hourly;

    @PostConstruct
    void start() {
        if (!batch.rotating()) {
            return;
        }
        hourly = new Repeating(scheduler, "Address re-keying", Duration.ofHours(1), this::run);
        hourly.start(Duration.ofSeconds(10));
    }

    @PreDestroy
    void stop() {
        if (hourly != null) {
            hourly.stop();
        }
    }

    void run() {
        int moved = 0;
        for (String source : AddressRekey.SOURCES) {
            String after = null;
            do {
                var step = batch.step(source, after);
                moved += step.moved();
                after = step.lastId();
            } while (after != null && (hourly == null || !hourly.stopped()));
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
