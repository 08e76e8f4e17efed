package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestForm;
import com.psynergybilling.leads.rights.entity.Requester;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes in a privacy request: stores it with its collection record (R1) and its clocks (R23), and
 * queues the verification link to the address. The same rows and the same letter whether or not the
 * address is known: nothing here looks anything up (R17). The client's address and user agent are
 * not kept: a request needs neither.
 */
@ApplicationScoped
public class PrivacyIntake {

    static final String FORM = "PRIVACY_REQUEST";

    @Inject
    PolicyBook policies;

    @Inject
    DoNotContactList hashes;

    @Inject
    PrivacyRequests requests;

    @Inject
    RequestTokens tokens;

    @Inject
    Replies replies;

    /** Requests (and so verification letters) about one address in a day; more are not taken. */
    static final int PER_ADDRESS_A_DAY = 5;

    @Inject
    @ConfigProperty(name = "leads.privacy.verify.hours", defaultValue = Defaults.LEADS_PRIVACY_VERIFY_HOURS)
    int verifyHours;

    /**
     * Stores the request and mails its verification link; nothing at all once {@value #PER_ADDRESS_A_DAY}
     * requests about the address came in the past day, so a stranger cannot make this service mail an
     * address over and over (their words in its greeting). The caller answers the same either way, so
     * the answer says nothing about the address.
     */
    public Optional<PrivacyRequest> receive(PrivacyRequestForm form, Instant now) {
        var address = EmailAddress.of(form.email);
        String hash = hashes.hash(address);
        if (requests.receivedSince(hash, now.minus(Duration.ofDays(1))) >= PER_ADDRESS_A_DAY) {
            return Optional.empty();
        }
        var present = new ArrayList<String>();
        present.add("email");
        present.add("fullName");
        if (form.stateOfResidence != null) {
            present.add("stateOfResidence");
        }
        if (form.corrections != null) {
            present.add("corrections");
        }
        if (form.agent != null) {
            present.addAll(java.util.List.of("agentName", "agentEmail", "signedPermission"));
        }
        var collection = policies.current().collect(FORM, present, false, now);
        var agent = form.agent;
        var requester = new Requester(address, form.fullName, form.stateOfResidence, Corrections.json(form.corrections),
                agent == null ? null : agent.name, agent == null ? null : EmailAddress.of(agent.email).value(),
                agent == null ? null : agent.signedPermission, form.providerSite);
        var request = new PrivacyRequest(form.requestType(), hash, requester, collection, now);
        requests.add(request);
        Instant expires = now.plus(Duration.ofHours(verifyHours));
        replies.verification(request, tokens.token(RequestTokens.VERIFY, request.id(), expires), expires);
        return Optional.of(request);
    }
}
