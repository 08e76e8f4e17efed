package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.mail.control.MailGuard;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** At send time, an invitation goes only to a colleague who is still there: not removed, not erased. */
@ApplicationScoped
public class ReferralMailGuard implements MailGuard {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<String> veto(OutboxMessage message) {
        if (message.reference() == null || !message.reference().startsWith(Referrals.REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        var colleague = em.find(ReferredColleague.class, message.reference().substring(Referrals.REFERENCE_PREFIX.length()));
        return colleague != null && colleague.invitable()
                ? Optional.empty() : Optional.of("the referred colleague was removed or erased");
    }
}
