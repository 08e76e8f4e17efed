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
    /** An erasure that found no record: the letter goes only to the verified address, so this tells no one else. */
    static final String NOTHING_HELD = "We held no data about this address.";

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

    /**
     * How a request ended: fulfilled, or denied naming the exception; with words for the requester.
     * {@code acted}: fulfilling it did what was asked. A request fulfilled with nothing to act on (no data
     * held, nothing to change) is not: its letter says what was found instead of "We have done so".
     */
    public record Verdict(boolean fulfilled, String exception, String message, boolean acted) {

        static Verdict done(String message) {
            return new Verdict(true, null, message, true);
        }

        static Verdict nothingToDo(String message) {
            return new Verdict(true, null, message, false);
        }

        static Verdict denied(String exception, String message) {
            return new Verdict(false, exception, message, false);
        }

        /**
         * With an officer's words: they replace ours when the request was carried out ("We have done so"
         * says that), and follow ours when there was nothing to act on, which the letter must still say.
         * A denial keeps its own words.
         */
        Verdict withOfficerWords(String words) {
            if (words == null || !fulfilled) {
                return this;
            }
            return new Verdict(true, exception, acted ? words : message + " " + words, acted);
        }
    }

    public Verdict carryOut(PrivacyRequest request, String actor, Instant now) {
        var address = new EmailAddress(request.requester().email());
        DataSubject subject = registry.subject(address);
        String cause = "privacy-request " + request.id();
        return switch (request.type()) {
            case ACCESS -> access(request, subject, actor, now);
            case DELETE -> {
                var result = erasure.erase(subject, request, actor, now);
                yield !result.erased() ? Verdict.denied(result.exception().get(), null)
                        : result.records() == 0 ? Verdict.nothingToDo(NOTHING_HELD)
                        : Verdict.done("We deleted your data.");
            }
            case CORRECT -> {
                var corrected = registry.person(address).map(p -> people.correct(p,
                        Corrections.parse(request.requester().corrections()), now)).orElse(new People.Corrected(0, 0));
                audit.fire(new Audited(actor, "PERSONAL_DATA_CORRECTED", subject.addressHash(), "REQUIRED_BY_LAW",
                        cause + ": " + corrected.changed() + " record(s)"));
                yield corrected.holding() == 0 ? Verdict.nothingToDo("We hold none of the data you asked us to correct.")
                        : corrected.changed() == 0 ? Verdict.nothingToDo("The data you asked us to correct already reads "
                        + "as you gave it: nothing needed changing.")
                        : Verdict.done("We corrected your data in " + corrected.changed() + " record(s).");
            }
            case WITHDRAW_CONSENT -> {
                var person = registry.person(address);
                person.ifPresent(p -> p.withdrawConsent(now));
                person.ifPresentOrElse(p -> people.unsubscribe(p, "WITHDRAW_CONSENT", now),
                        () -> doNotContact.add(subject.addressHash(), Suppression.barringPromotions(),
                                "WITHDRAW_CONSENT", now));
                audit.fire(new Audited(actor, "CONSENT_WITHDRAWN", subject.addressHash(), "REQUIRED_BY_LAW", cause));
                yield person.isPresent() ? Verdict.done("We no longer share your data with partners, and we send you "
                        + "no promotional email.")
                        : Verdict.nothingToDo("We held no consent from this address to withdraw, and we will send it "
                        + "no promotional email.");
            }
            case OPT_OUT_SALE_SHARING -> {
                // Remembered for the address even when it is not known yet: a later form does not undo it.
                people.optOutOfSaleAndSharing(address, "OPT_OUT_SALE", now);
                audit.fire(new Audited(actor, "SALE_SHARING_OPT_OUT", subject.addressHash(), "REQUIRED_BY_LAW", cause));
                yield Verdict.done("Your data will not be sold or shared.");
            }
            case LIMIT_SENSITIVE -> Verdict.nothingToDo(NO_SENSITIVE);
            case SHINE_THE_LIGHT -> Verdict.done(shineTheLight.answer(subject, now));
        };
    }

    private Verdict access(PrivacyRequest request, DataSubject subject, String actor, Instant now) {
        requests.lockAll(subject.addressHashes());
        long fulfilled = requests.accessFulfilledSince(subject.addressHashes(), AccessReports.twelveMonthsBefore(now));
        if (fulfilled >= 2) {
            return Verdict.denied(ACCESS_LIMIT, "You may receive two access reports in any 12 months "
                    + "(our privacy policy: \"twice within a 12-month period\"); you had two already.");
        }
        var report = reports.build(subject, now);
        replies.report(request, subject.email(), request.requester().fullName(), report.summary(), report.data());
        audit.fire(new Audited(actor, "ACCESS_REPORT_SENT", subject.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id() + ": " + report.pieces() + " piece(s)"));
        return Verdict.done("Your report is in a separate email, with your data attached.");
    }
}
