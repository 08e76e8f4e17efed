package com.psynergybilling.leads.people.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an entry on the do-not-contact list bars. Each opt-out means one thing: an unsubscribe bars
 * promotions (R12), an opt-out of sale bars partner exports (R5, R16), a referral removal bars
 * invitations (R9); a minor is barred from all (R4). Each use reads the kinds that concern it.
 * Two kinds are not an opt-out of one use but what the mail system reported about the address: it
 * does not take mail ({@code BOUNCED}: a hard bounce, or three soft ones within 30 days), or its owner
 * reported our mail as spam ({@code COMPLAINED}). Both keep unsolicited mail (promotions, invitations)
 * away; mail a person asks for themselves still goes.
 */
public enum Suppression {

    NO_PROMOTIONS, NO_SALE_OR_SHARING, NO_INVITATIONS, BOUNCED, COMPLAINED;

    /** Every kind of use: a minor, and rows older than the kinds (V14). Not the mail system's reports. */
    public static Set<Suppression> all() {
        return EnumSet.of(NO_PROMOTIONS, NO_SALE_OR_SHARING, NO_INVITATIONS);
    }

    /**
     * What keeps a promotional email from an address: the person asked for no promotions. Also what an
     * unsubscribe writes, so the reports of the mail system are read with {@link #reportedByMail()}.
     */
    public static Set<Suppression> barringPromotions() {
        return EnumSet.of(NO_PROMOTIONS);
    }

    /** What the mail system's reports put on the list: a bounced address, a complaint. */
    public static Set<Suppression> reportedByMail() {
        return EnumSet.of(BOUNCED, COMPLAINED);
    }

    /** Everything that keeps unsolicited mail of ours from an address: the person's no, and the reports. */
    public static Set<Suppression> barringPromotionsOrReported() {
        var kinds = EnumSet.of(NO_PROMOTIONS);
        kinds.addAll(reportedByMail());
        return kinds;
    }

    /**
     * What keeps a referral invitation from an address: a removal, and also a request for no
     * promotions, since an invitation to try the product is commercial mail too, and what the mail
     * system reported about the address.
     */
    public static Set<Suppression> barringInvitations() {
        return EnumSet.of(NO_INVITATIONS, NO_PROMOTIONS, BOUNCED, COMPLAINED);
    }

    /** What keeps an address out of a partner export: an opt-out of sale and sharing. */
    public static Set<Suppression> barringSaleOrSharing() {
        return EnumSet.of(NO_SALE_OR_SHARING);
    }
}
