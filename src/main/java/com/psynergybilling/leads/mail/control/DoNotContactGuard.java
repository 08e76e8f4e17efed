package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * No unsolicited message (a promotion, a referral invitation) goes to an address barred from its
 * kind on the do-not-contact list, however long ago it was queued: a promotion reads the promotion
 * bar (R12), an invitation the invitation and promotion bars (R9), and both what the mail system
 * reported (a bounced address, a complaint). Messages a person asked for
 * themselves (a privacy request's verification, a webinar confirmation) are not unsolicited and still go.
 * A staff test message reads the promotion bar too: staff power reaches no address the rules keep mail from.
 */
@ApplicationScoped
public class DoNotContactGuard implements MailGuard {

    static final Map<String, Set<Suppression>> UNSOLICITED = Map.of(
            Uses.PROMOTIONAL_EMAIL, Suppression.barringPromotionsOrReported(),
            Uses.REFERRAL_INVITATION, Suppression.barringInvitations(),
            Uses.STAFF_TEST_MESSAGE, Suppression.barringPromotionsOrReported());
    static final String VETO = "DO_NOT_CONTACT";

    @Inject
    DoNotContactList doNotContact;

    @Override
    public Map<String, String> vetoes(List<OutboxMessage> messages) {
        var vetoes = new HashMap<String, String>();
        UNSOLICITED.forEach((use, kinds) -> {
            var hashes = new HashMap<String, List<String>>();
            for (OutboxMessage message : messages) {
                if (use.equals(message.use())) {
                    if (message.recipient() == null) {
                        vetoes.put(message.id(), "DELETED");
                    } else {
                        hashes.put(message.id(), doNotContact.hashes(EmailAddress.of(message.recipient())));
                    }
                }
            }
            Set<String> listed = doNotContact.containing(hashes.values().stream().flatMap(List::stream).toList(), kinds);
            hashes.forEach((id, each) -> {
                if (each.stream().anyMatch(listed::contains)) {
                    vetoes.put(id, VETO);
                }
            });
        });
        return vetoes;
    }

    @Override
    public Optional<String> veto(OutboxMessage message) {
        return Optional.ofNullable(vetoes(List.of(message)).get(message.id()));
    }
}
