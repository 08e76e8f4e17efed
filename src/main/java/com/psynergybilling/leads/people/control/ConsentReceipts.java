package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.platform.control.Defaults;
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
 * Finds the consent receipt a link names. A stored submission's receipt is made from its collection
 * record; once its person is erased (R20; submissions stay as tombstones, never deleted) there is
 * none. A genuine link whose record was never stored (an answer that stored nothing) shows what the
 * link says, so its holder cannot tell it from a stored one. A forged or expired link finds nothing,
 * the same as an erased person's.
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
    @ConfigProperty(name = "leads.privacy.policy.url", defaultValue = Defaults.LEADS_PRIVACY_POLICY_URL)
    String policyUrl;

    public Optional<JsonObject> find(String token, Instant now) {
        return links.claims(token, now).flatMap(claims -> facts(claims).flatMap(facts ->
                policies.version(facts.collection().policyVersion()).map(policy -> ConsentReceipt.of(facts, policy,
                        ConsentReceipt.Controller.psynergyBilling(policyUrl), links.expiry(claims.collectedAt()),
                        links.retentionMonths()))));
    }

    private Optional<ConsentReceipt.Facts> facts(ReceiptLinks.Claims claims) {
        Submission submission = em.find(Submission.class, claims.id());
        if (submission != null) {
            return submission.person().erased() ? Optional.empty() : Optional.of(ConsentReceipt.Facts.of(submission));
        }
        try {
            return policies.version(claims.policyVersion())
                    .map(policy -> policy.collect(claims.form(), claims.fields(), claims.consent(), claims.collectedAt()))
                    .map(collection -> new ConsentReceipt.Facts(claims.id(), collection, claims.fields(),
                            claims.consent(), claims.gpc(), claims.principal()));
        } catch (IllegalArgumentException unknownFormOrField) {
            return Optional.empty();
        }
    }
}
