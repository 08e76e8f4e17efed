package com.psynergybilling.leads.people.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an entry on the do-not-contact list bars. Each opt-out means one thing: an unsubscribe bars
 * promotions (R12), an opt-out of sale bars partner exports (R5, R16), a referral removal bars
 * invitations (R9); a minor is barred from all (R4). Each use reads the kinds that concern it.
 */
public enum Suppression {

    NO_PROMOTIONS, NO_SALE_OR_SHARING, NO_INVITATIONS;

    /** Every kind: a minor, and rows older than the kinds (V14). */
    public static Set<Suppression> all() {
        return EnumSet.allOf(Suppression.class);
    }

    /** What keeps a promotional email from an address: the person asked for no promotions. */
    public static Set<Suppression> barringPromotions() {
        return EnumSet.of(NO_PROMOTIONS);
    }

    /**
     * What keeps a referral invitation from an address: a removal, and also a request for no
     * promotions, since an invitation to try the product is commercial mail too.
     */
    public static Set<Suppression> barringInvitations() {
        return EnumSet.of(NO_INVITATIONS, NO_PROMOTIONS);
    }

    /** What keeps an address out of a partner export: an opt-out of sale and sharing. */
    public static Set<Suppression> barringSaleOrSharing() {
        return EnumSet.of(NO_SALE_OR_SHARING);
    }
}
