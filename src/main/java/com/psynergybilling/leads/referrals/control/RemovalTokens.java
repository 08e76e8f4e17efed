package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The removal link's token: the colleague's id, signed for removal alone. */
@ApplicationScoped
public class RemovalTokens {

    private static final String PURPOSE = "referral-removal";

    @Inject
    SignedIds signed;

    public String token(String colleagueId) {
        return signed.token(PURPOSE, colleagueId);
    }

    /** The colleague id a genuine token names; empty for anything else. */
    public Optional<String> colleagueId(String token) {
        return signed.id(PURPOSE, token);
    }
}
