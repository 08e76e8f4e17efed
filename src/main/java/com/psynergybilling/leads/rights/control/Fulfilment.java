package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Carries out a verified request, in the caller's transaction, and says how it ended. Only here, after
 * verification, is the address looked up (R17).
 */
@ApplicationScoped
public class Fulfilment {

    static final String ACCESS_LIMIT = "ACCESS_LIMIT";
    static final String NO_SENSITIVE = "Our website's forms never collect sensitive personal information (such as a "
            + "Social Security number or financial account details), so there is none of yours to limit.";

    @Inject
    Registry registry;

    @Inject
    Erasure erasure;

    @Inject
    AccessReports reports;

    @Inject
    PrivacyRequests requests;

    @Inject
    Replies replies;

    @Inject
    People people;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    ShineTheLightAnswers shineTheLight;

    @Inject
    Event<Audited> audit;

    /** How a request ended: fulfilled, or denied naming the exception; with words for the requester. */
    public record Verdict(boolean fulfilled, String exception, String message) {
    }

    public Verdict carryOut(PrivacyRequest request, String actor, Instant now) {
        var address = new EmailAddress(request.requester().email());
        DataSubject subject = registry.subject(address);
        String cause = "privacy-request " + request.id();
        return switch (request.type()) {
            case ACCESS -> access(request, subject, actor, now);
            case DELETE -> {
                var result = erasure.erase(subject, request, actor, now);
                yield result.erased() ? new Verdict(true, null, "We deleted your data.")
                        : new Verdict(false, result.exception().get(), null);
            }
            case CORRECT -> {
                var corrected = registry.person(address).map(p -> people.correct(p,
                        Corrections.parse(request.requester().corrections()), now)).orElse(new People.Corrected(0, 0));
                audit.fire(new Audited(actor, "PERSONAL_DATA_CORRECTED", subject.addressHash(), "REQUIRED_BY_LAW",
                        cause + ": " + corrected.changed() + " record(s)"));
                yield new Verdict(true, null, corrected.holding() == 0 ? "We hold none of the data you asked us to correct."
                        : corrected.changed() == 0 ? "The data you asked us to correct already reads as you gave it: "
                        + "nothing needed changing."
                        : "We corrected your data in " + corrected.changed() + " record(s).");
            }
            case WITHDRAW_CONSENT -> {
                registry.person(address).ifPresent(p -> p.withdrawConsent(now));
                registry.person(address).ifPresentOrElse(p -> people.unsubscribe(p, "WITHDRAW_CONSENT", now),
                        () -> doNotContact.add(subject.addressHash(), Suppression.barringPromotions(),
                                "WITHDRAW_CONSENT", now));
                audit.fire(new Audited(actor, "CONSENT_WITHDRAWN", subject.addressHash(), "REQUIRED_BY_LAW", cause));
                yield new Verdict(true, null, "We no longer share your data with partners, and we send you no "
                        + "promotional email.");
            }
            case OPT_OUT_SALE_SHARING -> {
                // Remembered for the address even when it is not known yet: a later form does not undo it.
                people.optOutOfSaleAndSharing(address, "OPT_OUT_SALE", now);
                audit.fire(new Audited(actor, "SALE_SHARING_OPT_OUT", subject.addressHash(), "REQUIRED_BY_LAW", cause));
                yield new Verdict(true, null, "Your data will not be sold or shared.");
            }
            case LIMIT_SENSITIVE -> new Verdict(true, null, NO_SENSITIVE);
            case SHINE_THE_LIGHT -> new Verdict(true, null, shineTheLight.answer(subject, now));
        };
    }

    private Verdict access(PrivacyRequest request, DataSubject subject, String actor, Instant now) {
        requests.lockAll(subject.addressHashes());
        long fulfilled = requests.accessFulfilledSince(subject.addressHashes(), AccessReports.twelveMonthsBefore(now));
        if (fulfilled >= 2) {
            return new Verdict(false, ACCESS_LIMIT, "You may receive two access reports in any 12 months "
                    + "(our privacy policy: \"twice within a 12-month period\"); you had two already.");
        }
        var report = reports.build(subject, now);
        replies.report(request, subject.email(), request.requester().fullName(), report.summary(), report.data());
        audit.fire(new Audited(actor, "ACCESS_REPORT_SENT", subject.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id() + ": " + report.pieces() + " piece(s)"));
        return new Verdict(true, null, "Your report is in a separate email, with your data attached.");
    }
}
