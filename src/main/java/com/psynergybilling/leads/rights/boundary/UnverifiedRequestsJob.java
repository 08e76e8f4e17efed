package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour on every node: requests whose verification link expired unused lapse (UNVERIFIED) and
 * lose the requester's name and address, which nobody proved were theirs, unless a legal hold on the
 * address keeps them (R20), under whichever key of the ring it was placed. A batch per transaction;
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
        DoNotContactList doNotContact;

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
            var hashes = new HashMap<PrivacyRequest, Set<String>>();
            expired.forEach(request -> hashes.put(request, hashes(request)));
            var held = holds.heldAmong(hashes.values().stream().flatMap(Set::stream).toList());
            expired.stream().filter(request -> request.lapse(now, hashes.get(request).stream().anyMatch(held::contains)))
                    .forEach(request -> audit.fire(new Audited(ACTOR, "PRIVACY_REQUEST_LAPSED", null, "REQUIRED_BY_LAW",
                            "privacy-request " + request.id() + ": verification link expired unused; requester forgotten")));
            return expired.size();
        }

        /**
         * The stored hash and the requester's address under every key of the ring: a request received
         * before a key rotation keeps the old key's hash, while a hold placed since is under the new one.
         */
        private Set<String> hashes(PrivacyRequest request) {
            var hashes = new HashSet<String>();
            if (request.addressHash() != null) {
                hashes.add(request.addressHash());
            }
            if (request.requester() != null && request.requester().email() != null) {
                hashes.addAll(doNotContact.hashes(new EmailAddress(request.requester().email())));
            }
            return hashes;
        }
    }
}
