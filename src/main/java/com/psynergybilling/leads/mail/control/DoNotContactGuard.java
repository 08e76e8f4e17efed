package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.psynergybilling.leads.policy.entity.Uses;
import java.util.Optional;
import java.util.Set;

/**
 * No unsolicited message (a promotion, a referral invitation) goes to an address on the
 * do-not-contact list, however long ago it was queued. Messages a person asked for themselves (a
 * privacy request's verification, a webinar confirmation) are not unsolicited and still go.
 */
@ApplicationScoped
public class DoNotContactGuard implements MailGuard {

    static final Set<String> UNSOLICITED = Set.of(Uses.PROMOTIONAL_EMAIL, Uses.REFERRAL_INVITATION);

    @Inject
    DoNotContactList doNotContact;

    @Override
    public Optional<String> veto(OutboxMessage message) {
        if (!UNSOLICITED.contains(message.use())) {
            return Optional.empty();
        }
        if (message.recipient() == null) {
            return Optional.of("no recipient any more");
        }
        return doNotContact.contains(doNotContact.hash(EmailAddress.of(message.recipient())))
                ? Optional.of("DO_NOT_CONTACT") : Optional.empty();
    }
}
