package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The tokens of removal links: the invitation's link (the colleague's id, signed for removal alone)
 * and the link mailed to a lead's address after someone asked to remove it (the person's id, signed
 * for confirming that removal alone). A token of one is worthless as the other.
 */
@ApplicationScoped
public class RemovalTokens {

    private static final String PURPOSE = "referral-removal";
    private static final String CONFIRMATION = "referral-removal-confirmation";

    @Inject
    SignedIds signed;

    public String token(String colleagueId) {
        return signed.token(PURPOSE, colleagueId);
    }

    /** The colleague id a genuine token names; empty for anything else. */
    public Optional<String> colleagueId(String token) {
        return signed.id(PURPOSE, token);
    }

    public String confirmationToken(String personId) {
        return signed.token(CONFIRMATION, personId);
    }

    /** The person id a genuine confirmation token names; empty for anything else. */
    public Optional<String> personId(String token) {
        return signed.id(CONFIRMATION, token);
    }
}
