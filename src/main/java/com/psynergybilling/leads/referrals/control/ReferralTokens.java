package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The tokens of the links a referral mails, each an id signed for its one purpose, so that a token of
 * one is worthless as another: the referrer's confirmation link (the referral's id; how long it works
 * is the referral's own {@code confirmBy}), the invitation's removal link (the colleague's id), and the
 * link mailed to a lead's address after someone asked to remove it (the person's id, for confirming
 * that removal alone).
 */
@ApplicationScoped
public class ReferralTokens {

    private static final String CONFIRMATION = "referral-confirmation";
    private static final String REMOVAL = "referral-removal";
    private static final String REMOVAL_CONFIRMATION = "referral-removal-confirmation";

    @Inject
    SignedIds signed;

    public String confirmationToken(String referralId) {
        return signed.token(CONFIRMATION, referralId);
    }

    /** The referral id a genuine confirmation token names; empty for anything else. */
    public Optional<String> referralId(String token) {
        return signed.id(CONFIRMATION, token);
    }

    public String removalToken(String colleagueId) {
        return signed.token(REMOVAL, colleagueId);
    }

    /** The colleague id a genuine removal token names; empty for anything else. */
    public Optional<String> colleagueId(String token) {
        return signed.id(REMOVAL, token);
    }

    public String removalConfirmationToken(String personId) {
        return signed.token(REMOVAL_CONFIRMATION, personId);
    }

    /** The person id a genuine removal confirmation token names; empty for anything else. */
    public Optional<String> personId(String token) {
        return signed.id(REMOVAL_CONFIRMATION, token);
    }
}
