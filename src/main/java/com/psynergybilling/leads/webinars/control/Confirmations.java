package com.psynergybilling.leads.webinars.control;

import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.control.ReceiptLinks;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The one confirmation a registration gets: a transactional message the registrant asked for
 * (Providing the Service), never a promotion, so it carries no offer and needs no unsubscribe link.
 */
@ApplicationScoped
public class Confirmations {

    static final String TEMPLATE = "webinar-confirmation";
    static final String REFERENCE_PREFIX = "webinar-registration:";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(Confirmations.class.getName());

    @Inject
    PolicyBook policies;

    @Inject
    Outbox outbox;

    @Inject
    ReceiptLinks receiptLinks;

    /** Queues the confirmation in the caller's transaction; its key makes a second one impossible. */
    public void queue(WebinarRegistration registration) {
        var submission = registration.submission();
        if (!(policies.judge(Uses.WEBINAR_CONFIRMATION, submission.collection()) instanceof Permit permit)) {
            LOG.warning("The policy in force does not permit webinar confirmations; none queued");
            return;
        }
        var webinar = registration.webinar();
        var model = Map.of("title", webinar.title(), "fullName", submission.fullName(),
                "startsAt", when(webinar.startsAt()), "receiptUrl", receiptLinks.url(submission));
        outbox.queue(permit, new Envelope("webinar-confirmation:" + registration.id(), submission.person().email(),
                TEMPLATE, model, REFERENCE_PREFIX + registration.id()));
    }

    static String when(Instant startsAt) {
        return WHEN.format(startsAt);
    }
}
