package com.psynergybilling.leads.policy.entity;

import java.util.List;

/** The uses the code asks the policy about; the policy file in force must define each of them. */
public final class Uses {

    public static final String SALES_FOLLOW_UP = "SALES_FOLLOW_UP";
    public static final String WEBINAR_CONFIRMATION = "WEBINAR_CONFIRMATION";
    public static final String PROMOTIONAL_EMAIL = "PROMOTIONAL_EMAIL";
    public static final String SELECTION_BY_SPECIALTY = "SELECTION_BY_SPECIALTY";
    public static final String SELECTION_BY_PRODUCT_INTEREST = "SELECTION_BY_PRODUCT_INTEREST";
    public static final String PARTNER_EXPORT = "PARTNER_EXPORT";
    public static final String REFERRAL_INVITATION = "REFERRAL_INVITATION";
    public static final String ACCESS_REPORT = "ACCESS_REPORT";
    public static final String ERASURE = "ERASURE";
    public static final String PRIVACY_REPLY = "PRIVACY_REPLY";
    public static final String STAFF_TEST_MESSAGE = "STAFF_TEST_MESSAGE";
    public static final String STAFF_ACCOUNT_NOTICE = "STAFF_ACCOUNT_NOTICE";
    /** A demo request passed to the CRM by webhook: a service provider (issue 14). */
    public static final String CRM_SYNC = "CRM_SYNC";

    public static final List<String> ALL = List.of(SALES_FOLLOW_UP, WEBINAR_CONFIRMATION, PROMOTIONAL_EMAIL,
            SELECTION_BY_SPECIALTY, SELECTION_BY_PRODUCT_INTEREST, PARTNER_EXPORT, REFERRAL_INVITATION,
            ACCESS_REPORT, ERASURE, PRIVACY_REPLY, STAFF_TEST_MESSAGE,
            STAFF_ACCOUNT_NOTICE, CRM_SYNC);

    private Uses() {
    }
}
