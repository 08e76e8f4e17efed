package com.psynergybilling.leads.intake.control;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ClientRate;
import com.psynergybilling.leads.platform.control.Counters;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.Digests;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the public may post: {@code LEADS_INTAKE_RATE} per minute per client address and per
 * person's address (counted under its digest: the cache never holds an address), and a global hourly cap so that a flood from many addresses cannot fill the disk.
 */
@ApplicationScoped
public class IntakeLimits {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    Clock clock;

    @Inject
    Counters counters;

    @Inject
    @ConfigProperty(name = "leads.intake.global.per.hour", defaultValue = Defaults.LEADS_INTAKE_GLOBAL_PER_HOUR)
    int globalPerHour;

    @Inject
    ClientRate clientRate;

    /** Counts a post from {@code clientAddress}, before anything in it is read (shared with refused bodies). */
    public void admitClient(String clientAddress) {
        clientRate.admit(clientAddress);
    }

    /** Counts a valid submission for the person's address. */
    public void admitPerson(EmailAddress email) {
        clientRate.admit("intake-person", Digests.sha256(email.value()),
                "Too many submissions for this email address. Try again later.");
    }

    /** Counts a public read of a consent receipt from {@code clientAddress}: a counter of its own, at the same rate. */
    public void admitReceiptRead(String clientAddress) {
        clientRate.admit("receipt-client", clientAddress, "Too many requests from your address. Try again later.");
    }

    /** Counts a valid submission against the global cap. */
    public void admitAny() {
        counters.hit("intake-global", HOUR, "all").refuseOver(globalPerHour,
                "We are receiving too many submissions right now. Try again later.", Moments.now(clock));
    }
}
