package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers requests: carries out a verified one, or denies one, records the outcome, audits it and
 * writes to the requester, with an appeal link for residents who may appeal (R22). The address is
 * taken before the request is carried out, since a deletion forgets it (and the keyed hash) on the
 * request itself: a decision on an erased person's request is then audited as nobody's.
 */
@ApplicationScoped
public class Decisions {

    @Inject
    Fulfilment fulfilment;

    @Inject
    Replies replies;

    @Inject
    Erasure erasure;

    @Inject
    Registry registry;

    @Inject
    RequestTokens tokens;

    @Inject
    PolicyBook policies;

    @Inject
    Event<Audited> audit;

    @Inject
    @ConfigProperty(name = "leads.privacy.appeal.days", defaultValue = Defaults.LEADS_PRIVACY_APPEAL_DAYS)
    int appealDays;

    /** The officer's answer (R22: also to an appeal). Fulfilling carries the request out. */
    public void decide(PrivacyRequest request, boolean fulfil, String exception, String message, String officer,
                       Instant now) {
        if (!PrivacyRequestStatus.DECIDABLE.contains(request.status())) {
            throw ProblemException.conflict("This request has been answered; a requester of CO, CT or VA may appeal.");
        }
        if (exception != null && !policies.current().deletionExceptions().containsKey(exception)) {
            throw ProblemException.badRequest("exception must be a code of the policy's deletionExceptions.");
        }
        if (!fulfil && exception == null && request.type() == PrivacyRequestType.DELETE) {
            throw ProblemException.badRequest("A denied deletion names the exception from the policy's list (R20).");
        }
        if (request.requester().email() == null) {
            throw ProblemException.conflict("The requester's data was erased; there is nobody to answer.");
        }
        if (fulfil && request.pendingVerification()) {
            throw ProblemException.conflict("The requester has not verified the address: nothing is done before (R17).");
        }
        if (fulfil) {
            carryOut(request, officer, message, now);
        } else {
            if (request.type() == PrivacyRequestType.DELETE && LegalHold.EXCEPTION.equals(exception)) {
                erasure.keepForObligation(registry.subject(address(request)), now);
            }
            record(request, Fulfilment.Verdict.denied(exception, message), address(request),
                    request.requester().fullName(), officer, now);
        }
    }

    /** Carries out a verified request; {@code words} are the officer's, when an officer decided. */
    public void carryOut(PrivacyRequest request, String actor, String words, Instant now) {
        var to = address(request);
        String name = request.requester().fullName();
        var verdict = fulfilment.carryOut(request, actor, now);
        record(request, verdict.withOfficerWords(words), to, name, actor, now);
    }

    private void record(PrivacyRequest request, Fulfilment.Verdict verdict, EmailAddress to, String name,
                        String actor, Instant now) {
        String hash = request.addressHash();
        request.decide(verdict.fulfilled(), verdict.exception(), verdict.message(), actor, now);
        String appeal = request.appealable()
                ? tokens.token(RequestTokens.APPEAL, request.id(), now.plus(Duration.ofDays(appealDays))) : null;
        replies.decision(request, to, name, appeal, verdict.acted());
        if (request.forgotten()) {
            // The letter carries the officer's words; the record of an erased person's request keeps none (R20).
            request.forgetRequester(now);
        }
        audit.fire(new Audited(actor, "PRIVACY_DECISION", hash, "REQUIRED_BY_LAW", "privacy-request " + request.id()
                + ": " + request.status() + (verdict.exception() == null ? "" : " " + verdict.exception())));
    }

    /** R24: the data belongs to a healthcare provider's site; the requester is pointed there. */
    public void referToProvider(PrivacyRequest request, String actor, Instant now) {
        var to = address(request);
        String provider = request.requester().providerSite();
        request.referredToProvider("Your request is about data collected on the website or portal of " + provider
                + ". That provider controls the data, and Psynergy Billing keeps it only on their behalf: please "
                + "send your request to " + provider + " directly; we will help them answer it.", actor, now);
        replies.decision(request, to, request.requester().fullName(), null, false);
        audit.fire(new Audited(actor, "PRIVACY_DECISION", request.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id() + ": " + request.status() + " (a provider's data)"));
    }

    private static EmailAddress address(PrivacyRequest request) {
        return new EmailAddress(request.requester().email());
    }
}
