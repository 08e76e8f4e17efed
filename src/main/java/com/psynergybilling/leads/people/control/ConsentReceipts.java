package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.ConsentReceipt;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the consent receipt a link names. A forged, expired or unknown link and an erased person's
 * receipt all come back empty, alike: the answer never tells whether a record existed (R20).
 */
@ApplicationScoped
public class ConsentReceipts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptLinks links;

    @Inject
    PolicyBook policies;

    @Inject
    @ConfigProperty(name = "leads.privacy.policy.url", defaultValue = "https://www.psynergybilling.com/privacy-policy")
    String policyUrl;

    @Inject
    @ConfigProperty(name = "leads.lead.retention.months", defaultValue = "24")
    int retentionMonths;

    public Optional<JsonObject> find(String token, Instant now) {
        return links.submissionId(token, now)
                .map(id -> em.find(Submission.class, id))
                .filter(submission -> !submission.person().erased())
                .flatMap(submission -> policies.version(submission.collection().policyVersion())
                        .map(policy -> ConsentReceipt.of(submission, policy,
                                ConsentReceipt.Controller.psynergyBilling(policyUrl),
                                links.expiry(submission.collection().collectedAt()), retentionMonths)));
    }
}
