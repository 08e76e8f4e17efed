package com.psynergybilling.leads.people.entity;

import java.time.Instant;

/**
 * Raised, in the transaction of the change, when a person unsubscribes from promotions or opts out
 * of sale and sharing; components that passed the person on tell their recipients (R12, R16, R21).
 * {@code kind} is PROMOTIONS, SALE_AND_SHARING or RESTRICTED (everything but a legal hold's obligation); {@code reason} the caller's code (UNSUBSCRIBE, GPC, ...).
 */
public record OptedOut(Person person, String kind, String reason, Instant at) {

    public static final String PROMOTIONS = "PROMOTIONS";
    public static final String SALE_AND_SHARING = "SALE_AND_SHARING";
    /** A legal hold kept the person's records from an erasure: they may serve that obligation only (R20). */
    public static final String RESTRICTED = "RESTRICTED";
}
