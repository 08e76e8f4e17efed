package com.psynergybilling.leads.mail.entity;

/** A template filled in: the subject line and the two alternative bodies of one message. */
public record RenderedMail(String subject, String text, String html) {
}
