package com.psynergybilling.leads.mail.entity;

/**
 * A message that staff wrote (a campaign): subject and text with placeholders, and an optional HTML
 * body; {@code html} null means the text is shown as HTML paragraphs. It is filled by
 * {@code Placeholders} (known names only, values escaped) and framed by the kept template
 * {@code frame}, which adds what every message of its kind must carry.
 */
public record StaffTemplate(String subject, String text, String html, String frame) {
}
