package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.sharing.control.Disclosures;
import com.psynergybilling.leads.sharing.entity.ShineTheLight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * A verified California "Shine the Light" request (R15) is answered from the disclosure log: the
 * categories of the requester's personal information disclosed to third parties for their direct
 * marketing in the prior calendar year, and those third parties by name and postal address (as
 * Cal. Civ. Code 1798.83 asks), in the policy's own words.
 */
@ApplicationScoped
public class ShineTheLightAnswers {

    @Inject
    Disclosures disclosures;

    @Inject
    PolicyBook policies;

    public String answer(DataSubject subject, Instant now) {
        ShineTheLight found = disclosures.shineTheLight(subject, Disclosures.priorYear(now));
        return words(found, policies.current());
    }

    static String words(ShineTheLight found, Policy policy) {
        if (found.recipients().isEmpty()) {
            return "In " + found.year() + " we disclosed none of your personal information to third parties for "
                    + "their direct marketing purposes.";
        }
        String categories = found.categories().stream().sorted()
                .map(code -> Recipients.category(code, policy)).collect(Collectors.joining(", "));
        String recipients = found.recipients().stream()
                .map(r -> Recipients.named(r.name(), r.postalAddress(), r.recipientCategory(), policy))
                .collect(Collectors.joining("; "));
        return "In " + found.year() + " we disclosed these categories of your personal information to third parties "
                + "for their direct marketing purposes: " + categories + ". The third parties, by name and address: "
                + recipients + ".";
    }
}
