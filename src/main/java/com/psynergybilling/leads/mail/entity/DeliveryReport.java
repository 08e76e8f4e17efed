package com.psynergybilling.leads.mail.entity;

import java.util.List;
import java.util.Objects;

/**
 * What a delivery report (RFC 3464) or a complaint (RFC 5965, ARF) says about one message of ours:
 * its {@code kind}, the DSN's {@code status} code (5.1.1) or the complaint's {@code feedbackType}
 * (abuse), and the header values in which our bounce address may appear, most telling first: the
 * report's own envelope (To, Delivered-To, ...), the complaint's Original-Mail-From, the returned
 * message's Return-Path.
 */
public record DeliveryReport(Kind kind, String status, String feedbackType, List<String> addressHeaders) {

    public enum Kind {
        /** Action failed with a 5.x.x status: the address does not take mail. */
        HARD_BOUNCE,
        /** Action failed with a 4.x.x status: given up for now (a full mailbox, a server down). */
        SOFT_BOUNCE,
        /** The recipient reported the message as spam (abuse, fraud, virus, other). */
        COMPLAINT,
        /** A report that changes nothing: delayed, delivered, relayed, not-spam, an authentication failure. */
        NOTHING
    }

    public DeliveryReport {
        Objects.requireNonNull(kind);
        addressHeaders = List.copyOf(addressHeaders);
    }

    public boolean bounce() {
        return kind == Kind.HARD_BOUNCE || kind == Kind.SOFT_BOUNCE;
    }
}
