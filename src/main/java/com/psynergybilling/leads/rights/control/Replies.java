package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Attachment;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The letters a requester gets, queued in the caller's transaction: the verification link, the access
 * report, decisions, extension notices, and the closing of a request that the person's erasure
 * overtook. Each is a reply the person asked for, under the policy's PRIVACY_REPLY use (the report
 * under ACCESS_REPORT), and goes to the request's own address only.
 */
@ApplicationScoped
public class Replies {

    /** The access report's template; its message key is this, a colon and the request's id. */
    static final String ACCESS_REPORT = "privacy-access-report";

    @Inject
    PolicyBook policies;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    public void verification(PrivacyRequest request, String token, Instant expiresAt) {
        var model = base(request, request.requester().fullName());
        model.put("verifyUrl", link("/privacy-requests/verify?token=" + token));
        // Confirming sets an agent's request going: the person is told who asked, so they confirm only for their agent.
        var requester = request.requester();
        model.put("agentName", requester.byAgent() && requester.agentName() != null ? requester.agentName() : "");
        // To the minute: a date alone (in UTC) told a requester in the Americas the link worked on a day it had stopped.
        model.put("expiresAt", Moments.MINUTE.format(expiresAt));
        queue(Uses.PRIVACY_REPLY, request, "privacy-verification", to(request), model, null);
    }

    public void report(PrivacyRequest request, EmailAddress to, String name, Map<String, String> summary,
                       Attachment data) {
        var model = base(request, name);
        model.putAll(summary);
        queue(Uses.ACCESS_REPORT, request, ACCESS_REPORT, to, model, data);
    }

    /**
     * A decision; {@code appealToken} is set for residents who may appeal (R22). {@code acted}: a fulfilled
     * request was carried out; one with nothing to act on says only what was found, never "We have done so".
     */
    public void decision(PrivacyRequest request, EmailAddress to, String name, String appealToken, boolean acted) {
        var model = base(request, name);
        var outcome = request.outcome();
        // A provider site's request is neither fulfilled nor denied here: the letter says where to go.
        boolean referred = request.status() == PrivacyRequestStatus.REFERRED_TO_PROVIDER;
        model.put("fulfilled", "FULFILLED".equals(outcome.outcome()) && !referred && acted ? "yes" : "");
        model.put("denied", "DENIED".equals(outcome.outcome()) ? "yes" : "");
        // Only the policy's deletion exceptions are "data the law lets us keep"; another code (the access
        // limit) is explained in the message.
        String exceptionText = outcome.exceptionCode() == null ? null
                : policies.current().deletionExceptions().get(outcome.exceptionCode());
        model.put("exception", exceptionText == null ? "" : outcome.exceptionCode());
        model.put("exceptionText", exceptionText == null ? "" : exceptionText);
        model.put("message", outcome.message() == null ? "" : outcome.message());
        model.put("appealToken", appealToken == null ? "" : appealToken);
        model.put("appealUrl", appealToken == null ? "" : link("/api/v1/privacy-requests/appeals"));
        String key = "privacy-decision:" + request.status() + ":" + request.id();
        queue(Uses.PRIVACY_REPLY, request, "privacy-decision", to, model, null, key);
    }

    /** The last letter of a request closed because the person's data was erased meanwhile; it says on what ground. */
    public void closed(PrivacyRequest request, EmailAddress to, String name, Erasure.Ground ground) {
        var model = base(request, name);
        model.put("appealed", request.clocks().appealedAt() == null ? "" : "yes");
        model.put("byRequest", ground == Erasure.Ground.REQUEST ? "yes" : "");
        model.put("asMinor", ground == Erasure.Ground.MINOR ? "yes" : "");
        model.put("byRetention", ground == Erasure.Ground.RETENTION ? "yes" : "");
        queue(Uses.PRIVACY_REPLY, request, "privacy-closed", to, model, null);
    }

    public void extension(PrivacyRequest request, String reason) {
        var model = base(request, request.requester().fullName());
        model.put("reason", reason);
        model.put("dueAt", Moments.MINUTE.format(request.clocks().dueAt()));
        queue(Uses.PRIVACY_REPLY, request, "privacy-extension", to(request), model, null);
    }

    private Map<String, String> base(PrivacyRequest request, String name) {
        var model = new HashMap<String, String>();
        model.put("fullName", name == null ? "" : name);
        model.put("requestId", request.id());
        model.put("request", request.type().words());
        // To the minute, like every moment a letter names: the day in UTC is not the requester's day everywhere.
        model.put("receivedAt", Moments.MINUTE.format(request.clocks().receivedAt()));
        return model;
    }

    private void queue(String use, PrivacyRequest request, String template, EmailAddress to,
                       Map<String, String> model, Attachment attachment) {
        queue(use, request, template, to, model, attachment, template + ":" + request.id());
    }

    private void queue(String use, PrivacyRequest request, String template, EmailAddress to,
                       Map<String, String> model, Attachment attachment, String key) {
        Permit permit = policies.permit(use, request.collection());
        outbox.queue(permit, new Envelope(key, to, template, model, "privacy-request:" + request.id(), attachment));
    }

    private static EmailAddress to(PrivacyRequest request) {
        return new EmailAddress(request.requester().email());
    }

    private String link(String path) {
        return publicUrl.of(path);
    }
}
