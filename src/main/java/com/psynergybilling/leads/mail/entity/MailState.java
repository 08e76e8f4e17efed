package com.psynergybilling.leads.mail.entity;

/**
 * Where a message stands. SENDING after a crash becomes UNKNOWN, and is never sent again. HELD is a
 * queued message its owner paused (a campaign): no dispatcher claims it until it is QUEUED again.
 */
public enum MailState {
    QUEUED, HELD, SENDING, SENT, FAILED, SKIPPED, UNKNOWN
}
