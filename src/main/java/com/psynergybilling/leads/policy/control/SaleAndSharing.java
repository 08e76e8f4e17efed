package com.psynergybilling.leads.policy.control;

import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.Notice;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.UseRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sale-and-sharing part of a notice at collection: the uses that reach a recipient outside the
 * company, judged by {@link PolicyBook} on the record a submission of the form gets with and without
 * the form's consent. An opt-out or a Global Privacy Control signal stops every one of them (R16).
 * A disclosure to a service provider (the CRM that webhooks feed) is neither a sale nor sharing: it
 * processes the data on our behalf, under contract, and an opt-out does not stop it.
 */
final class SaleAndSharing {

    static final String SERVICE_PROVIDERS = "SERVICE_PROVIDERS";

    private SaleAndSharing() {
    }

    static Notice.Sharing of(Policy policy, PolicyBook book, Collection plain, Collection consented) {
        var recipients = new ArrayList<Notice.Recipient>();
        policy.uses().values().stream().filter(use -> use.recipient() != null && !SERVICE_PROVIDERS.equals(use.recipient()))
                .sorted(Comparator.comparing(UseRule::code)).forEach(use -> {
                    if (book.judge(use.code(), consented) instanceof Permit permit) {
                        recipients.add(new Notice.Recipient(use.recipient(),
                                policy.recipients().getOrDefault(use.recipient(), use.recipient()),
                                permit.categories().stream().sorted().map(code -> policy.categories()
                                        .containsKey(code) ? policy.categories().get(code).name() : code).toList(),
                                !(book.judge(use.code(), plain) instanceof Permit)));
                    }
                });
        return new Notice.Sharing(!recipients.isEmpty(), recipients, true, true, summary(recipients));
    }

    static String summary(List<Notice.Recipient> recipients) {
        if (recipients.isEmpty()) {
            return "We do not sell or share the personal information this form collects.";
        }
        var sentences = new StringBuilder();
        for (Notice.Recipient r : recipients) {
            sentences.append(r.withConsentOnly() ? "Only with the consent you may give on this form, we share your "
                    : "We may share your ").append(String.join(", ", r.categories())).append(" with our ")
                    .append(r.name()).append(r.withConsentOnly() ? "; without it, we do not. " : ". ");
        }
        return sentences.append("If your browser sends a Global Privacy Control signal, or you ask us to opt you "
                + "out of the sale and sharing of your data, we share nothing, even with consent; you may also "
                + "withdraw consent at any time.").toString();
    }
}
