package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.rights.control.LegalHolds;
import com.psynergybilling.leads.rights.control.PrivacyRequests;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour on every node: requests whose verification link expired unused lapse (UNVERIFIED) and
 * lose the requester's name and address, which nobody proved were theirs, unless a legal hold on the
 * address keeps them (R20). A batch per transaction;
 * lapsing twice is harmless, so nodes need no coordination.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class UnverifiedRequestsJob extends RepeatingJob {

    @Inject
    Batch batch;

    @PostConstruct
    void start() {
        repeat("Lapsing unverified privacy requests", Duration.ofHours(1), Duration.ofMinutes(2), this::run);
    }

    void run() {
        while (batch.lapse() == Batch.SIZE) {
            // the next batch, until a short one
        }
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        static final String ACTOR = "verification-expiry";

        static final int SIZE = 200;

        @Inject
        Clock clock;

        @Inject
        PrivacyRequests requests;

        @Inject
        LegalHolds holds;

        @Inject
        @ConfigProperty(name = "leads.privacy.verify.hours", defaultValue = Defaults.LEADS_PRIVACY_VERIFY_HOURS)
        int verifyHours;

        @Inject
        Event<Audited> audit;

        /** Each lapse forgets a name and an address: a change to someone's data, so it is audited (R26). */
        @Transactional
        public int lapse() {
            var now = Moments.now(clock);
            var expired = requests.unverifiedSince(now.minus(Duration.ofHours(verifyHours)), SIZE);
            var held = holds.heldAmong(expired.stream().map(PrivacyRequest::addressHash).toList());
            expired.stream().filter(request -> request.lapse(now, held.contains(request.addressHash())))
                    .forEach(request -> audit.fire(new Audited(ACTOR, "PRIVACY_REQUEST_LAPSED", null, "REQUIRED_BY_LAW",
                            "privacy-request " + request.id() + ": verification link expired unused; requester forgotten")));
            return expired.size();
        }
    }
}
