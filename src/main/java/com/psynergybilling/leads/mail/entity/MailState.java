package com.psynergybilling.leads.mail.entity;

/** Where a message stands. SENDING after a crash becomes UNKNOWN, and is never sent again. */
public enum MailState {
    QUEUED, SENDING, SENT, FAILED, SKIPPED, UNKNOWN
}
