package com.psynergybilling.leads.marketing.entity;

/**
 * A CDI event: a campaign began sending in the transaction that fires it. Once that commits, this node
 * queues its first recipients at once instead of at the campaign job's next poll.
 */
public record CampaignStarted(String campaignId) {
}
