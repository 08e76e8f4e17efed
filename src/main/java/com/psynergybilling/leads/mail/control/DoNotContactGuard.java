package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * No unsolicited message (a promotion, a referral invitation) goes to an address on the
 * do-not-contact list, however long ago it was queued. Messages a person asked for themselves (a
 * privacy request's verification, a webinar confirmation) are not unsolicited and still go. A staff
 * test message is guarded too: staff power reaches no address the rules keep mail from.
 */
@ApplicationScoped
public class DoNotContactGuard implements MailGuard {

    static final Set<String> UNSOLICITED = Set.of(Uses.PROMOTIONAL_EMAIL, Uses.REFERRAL_INVITATION,
            Uses.STAFF_TEST_MESSAGE);
    static final String VETO = "DO_NOT_CONTACT";

    @Inject
    DoNotContactList doNotContact;

    @Override
    public Map<String, String> vetoes(List<OutboxMessage> messages) {
        var vetoes = new HashMap<String, String>();
        var hashes = new HashMap<String, List<String>>();
        for (OutboxMessage message : messages) {
            if (UNSOLICITED.contains(message.use())) {
                if (message.recipient() == null) {
                    vetoes.put(message.id(), "DELETED");
                } else {
                    hashes.put(message.id(), doNotContact.hashes(EmailAddress.of(message.recipient())));
                }
            }
        }
        Set<String> listed = doNotContact.containing(hashes.values().stream().flatMap(List::stream).toList());
        hashes.forEach((id, each) -> {
            if (each.stream().anyMatch(listed::contains)) {
                vetoes.put(id, VETO);
            }
        });
        return vetoes;
    }

    @Override
    public Optional<String> veto(OutboxMessage message) {
        return Optional.ofNullable(vetoes(List.of(message)).get(message.id()));
    }
}
