package com.psynergybilling.leads.webhooks.entity;

/**
 * Where a delivery stands: waiting, on its way, acknowledged (2xx), given up, withdrawn unsent, or
 * not delivered because its endpoint answered 410 Gone and was disabled (GONE: the receiver was not
 * told, and the record says so).
 */
public enum DeliveryState {
    QUEUED, SENDING, DELIVERED, FAILED, CANCELLED, GONE
}
