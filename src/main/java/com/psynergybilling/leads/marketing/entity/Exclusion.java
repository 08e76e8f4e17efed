package com.psynergybilling.leads.marketing.entity;

/** Why someone an audience's filters match gets no promotion (R11); the first that applies counts. */
public enum Exclusion {
    MINOR, DELETED, UNSUBSCRIBED, DO_NOT_CONTACT, REFERRAL_ONLY, PURPOSE_NOT_PERMITTED
}
