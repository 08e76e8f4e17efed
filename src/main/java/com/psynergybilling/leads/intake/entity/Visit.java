package com.psynergybilling.leads.intake.entity;

/**
 * Who posted a public form, as far as it is ours to record: the client's address (behind trusted
 * proxies), the printable user agent, and whether the browser sent Global Privacy Control (R5).
 */
public record Visit(String clientAddress, String userAgent, boolean globalPrivacyControl) {
}
