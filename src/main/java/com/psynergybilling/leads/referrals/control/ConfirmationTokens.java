package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The token of the link a referrer confirms with: the referral's id, signed for this purpose alone
 * (a removal token cannot confirm, nor the other way round). How long it works is the referral's
 * own {@code confirmBy}.
 */
@ApplicationScoped
public class ConfirmationTokens {

    private static final String PURPOSE = "referral-confirmation";

    @Inject
    SignedIds signed;

    public String token(String referralId) {
        return signed.token(PURPOSE, referralId);
    }

    /** The referral id a genuine token names; empty for anything else. */
    public Optional<String> referralId(String token) {
        return signed.id(PURPOSE, token);
    }
}
