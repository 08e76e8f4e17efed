package com.psynergybilling.leads.webhooks.entity;

/** Where a delivery stands: waiting, on its way, acknowledged (2xx), given up, or withdrawn unsent. */
public enum DeliveryState {
    QUEUED, SENDING, DELIVERED, FAILED, CANCELLED
}
