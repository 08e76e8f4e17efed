package com.psynergybilling.leads.marketing.entity;

/**
 * Why someone an audience's filters match gets no promotion (R11); the first that applies counts.
 * COMPLAINED (a spam complaint, which also unsubscribed them) and BOUNCED (the address does not take
 * mail) are what the mail system reported, read from the do-not-contact list's kinds of their own.
 */
public enum Exclusion {
    MINOR, DELETED, COMPLAINED, UNSUBSCRIBED, BOUNCED, DO_NOT_CONTACT, REFERRAL_ONLY, PURPOSE_NOT_PERMITTED
}
