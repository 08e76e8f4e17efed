package com.psynergybilling.leads.webhooks.entity;

/**
 * What a round needs of a delivery it claimed, taken inside the claiming transaction so that the
 * sending, outside any transaction, holds no managed entity.
 */
public record Claimed(String id, String url, String secret, String body, int attempts) {

    public static Claimed of(WebhookDelivery delivery) {
        return new Claimed(delivery.id(), delivery.endpoint().url(), delivery.endpoint().secret(), delivery.payload(),
                delivery.retries().attempts());
    }
}
