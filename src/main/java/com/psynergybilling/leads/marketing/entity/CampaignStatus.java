package com.psynergybilling.leads.marketing.entity;

/**
 * DRAFT until sent; SCHEDULED when sent with a start time still to come (nothing is queued until
 * then); SENDING while recipients are queued and mailed; PAUSED holds what is queued.
 */
public enum CampaignStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, FINISHED
}
