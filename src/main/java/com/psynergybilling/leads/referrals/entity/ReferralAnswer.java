package com.psynergybilling.leads.referrals.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the referral form answers, the same whatever became of each colleague: for the API description. */
@Schema(name = "ReferralAnswer")
public class ReferralAnswer {

    /** The one statement every accepted referral gets: the next step is the referrer's. */
    public static final String EMAILED = "EMAILED_TO_REFERRER";

    @Schema(required = true, description = "how many colleagues the request named, whatever became of each", example = "1")
    public int accepted;

    @Schema(required = true, enumeration = EMAILED, description = "a link to confirm went to the referrer's own "
            + "address; no colleague is invited until the referrer uses it")
    public String confirmation;

    @Schema(required = true, description = "the link to the consent receipt of what was collected about the referrer",
            example = "https://leads.example.com/receipts/{token}")
    public String receipt;
}
