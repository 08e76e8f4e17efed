package com.psynergybilling.leads.mail.entity;

/**
 * A CDI event: mail was queued (or released from a hold) in the transaction that fires it. Once that
 * commits, this node's senders claim it at once instead of at their next poll; other nodes keep their
 * own pace, so missing the event only costs a poll interval.
 */
public record MailQueued() {
}
