package com.psynergybilling.leads.marketing.entity;

/** DRAFT until sent; SENDING while recipients are queued and mailed; PAUSED holds what is queued. */
public enum CampaignStatus {
    DRAFT, SENDING, PAUSED, FINISHED
}
