package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.mail.control.MailGuard;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * At send time, an invitation goes only to a colleague who is still there: not removed, not erased;
 * and a referrer's confirmation request only while its referral still awaits confirmation. Neither goes
 * once the referrer's records are kept for a legal obligation only (R20, R4): a hold restricted them
 * after the mail was queued, and nothing is sent in their name or to them about it.
 */
@ApplicationScoped
public class ReferralMailGuard implements MailGuard {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<String> veto(OutboxMessage message) {
        String reference = message.reference();
        if (reference != null && reference.startsWith(Referrals.REFERRAL_PREFIX)) {
            var referral = em.find(Referral.class, reference.substring(Referrals.REFERRAL_PREFIX.length()));
            return referral != null && referral.awaitsConfirmation(Moments.now(clock))
                    ? Optional.empty() : Optional.of("the referral was confirmed, has expired or its referrer's records are restricted");
        }
        if (reference == null || !reference.startsWith(Referrals.REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        var colleague = em.find(ReferredColleague.class, reference.substring(Referrals.REFERENCE_PREFIX.length()));
        if (colleague != null && colleague.invitable() && !colleague.referral().inReferrersName()) {
            return Optional.of("the referrer's records are kept for a legal obligation only");
        }
        return colleague != null && colleague.invitable()
                ? Optional.empty() : Optional.of("the referred colleague was removed or erased");
    }
}
