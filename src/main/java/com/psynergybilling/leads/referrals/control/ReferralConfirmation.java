package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.referrals.entity.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The referrer pressed the button of the page their link opened (R8): the referral is confirmed and
 * its invitations queued. The referral's row is locked, so a double click or two nodes confirm once;
 * a second use of the link changes nothing and answers alike.
 */
@ApplicationScoped
public class ReferralConfirmation {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReferralTokens tokens;

    @Inject
    Invitations invitations;

    public void confirm(String token, Instant now) {
        String id = tokens.referralId(token).orElseThrow(() -> new ProblemException(new Problem("invalid-link",
                "Invalid link", 400, "This confirmation link is not valid; use the link in the email.")));
        Referral referral = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || referral.confirmed()) {
            // A genuine token whose referral is gone was confirmed and tidied long ago: answer alike.
            return;
        }
        if (!referral.awaitsConfirmation(now)) {
            throw new ProblemException(new Problem("expired-link", "Expired link", 410,
                    "This confirmation link has expired and nobody was invited; you may refer your colleagues again."));
        }
        invitations.send(referral, now);
    }
}
