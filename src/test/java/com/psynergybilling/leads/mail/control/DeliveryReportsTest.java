package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.entity.DeliveryReport;
import com.psynergybilling.leads.mail.entity.DeliveryReport.Kind;
import com.psynergybilling.leads.platform.control.TestSignedIds;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Real DSN (RFC 3464) and ARF (RFC 5965) reports, read with Jakarta Mail, and what each one says. */
class DeliveryReportsTest {

    static final String OUTBOX_ID = UUID.randomUUID().toString();
    static final BounceAddresses BOUNCES = bounces("report-key");
    static final String BOUNCE = BOUNCES.of(OUTBOX_ID, address("no-reply@psynergybilling.com")).getAddress();
    static final String HEADER = "From: Psynergy Billing <no-reply@psynergybilling.com>\r\nTo: ann@example.org\r\n"
            + "Subject: News\r\nMessage-ID: <" + OUTBOX_ID + "@psynergybilling.com>\r\n";

    static BounceAddresses bounces(String key) {
        var bounces = new BounceAddresses();
        bounces.signed = TestSignedIds.of(key);
        return bounces;
    }

    static InternetAddress address(String value) {
        try {
            return new InternetAddress(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static DeliveryReport parse(byte[] raw) {
        try {
            return DeliveryReports.parse(raw);
        } catch (DeliveryReports.NotAReport e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    @DisplayName("A bounce address is bounces+<signed id>@ the sender's domain, fits a local part and names its message")
    void bounceAddresses() {
        assertTrue(BOUNCE.matches("bounces\\+[0-9a-f]{32}\\.[0-9a-f]{20}@psynergybilling\\.com"), BOUNCE);
        assertTrue(BOUNCE.indexOf('@') <= 64);
        assertEquals(Optional.of(OUTBOX_ID), BOUNCES.outboxId(java.util.List.of("Ann <ann@example.org>",
                "<" + BOUNCE.toUpperCase() + ">")));
        assertEquals(Optional.empty(), bounces("another-key").outboxId(java.util.List.of(BOUNCE)), "signed by us only");
        assertEquals(Optional.empty(), BOUNCES.outboxId(java.util.List.of("bounces+" + UUID.randomUUID().toString()
                .replace("-", "") + "." + "0".repeat(20) + "@psynergybilling.com")), "a made-up id");
    }

    @Test
    @DisplayName("A DSN with Action failed and Status 5.1.1 is a hard bounce, found by the report's own To")
    void hardBounce() {
        var report = parse(ReportSamples.dsn(BOUNCE, "ann@example.org", "failed", "5.1.1", HEADER));
        assertEquals(Kind.HARD_BOUNCE, report.kind());
        assertEquals("5.1.1", report.status());
        assertEquals(Optional.of(OUTBOX_ID), BOUNCES.outboxId(report.addressHeaders()));
    }

    @Test
    @DisplayName("A 4.x.x failure is a soft bounce; a delay, a delivery or a 2.x.x is nothing")
    void softBouncesAndNothing() {
        var soft = parse(ReportSamples.dsn(BOUNCE, "ann@example.org", "failed", "4.2.2", HEADER));
        assertEquals(Kind.SOFT_BOUNCE, soft.kind());
        assertEquals("4.2.2", soft.status());
        assertEquals(Kind.NOTHING, parse(ReportSamples.dsn(BOUNCE, "ann@example.org", "delayed", "4.4.1", HEADER)).kind());
        assertEquals(Kind.NOTHING, parse(ReportSamples.dsn(BOUNCE, "ann@example.org", "delivered", "2.0.0", HEADER)).kind());
    }

    @Test
    @DisplayName("A raw Postfix bounce, piped with its mbox From line, folded fields and a comment after the Status, reads too")
    void rawPostfixBounce() {
        String raw = "From MAILER-DAEMON  Tue Dec  1 02:00:00 2026\n"
                + "Return-Path: <>\nDelivered-To: " + BOUNCE + "\nFrom: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
                + "To: " + BOUNCE + "\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"B1\"\n\n"
                + "--B1\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nSorry.\n\n"
                + "--B1\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
                + "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ann@example.org\nAction: failed\n"
                + "Status: 5.2.1 (mailbox disabled)\nDiagnostic-Code: smtp; 550 5.2.1 The email account that you\n"
                + "    tried to reach is disabled.\n\n"
                + "--B1\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + HEADER.replace("\r", "")
                + "\nHello.\n\n--B1--\n";
        var report = parse(raw.getBytes(StandardCharsets.US_ASCII));
        assertEquals(Kind.HARD_BOUNCE, report.kind());
        assertEquals("5.2.1", report.status());
        assertEquals(Optional.of(OUTBOX_ID), BOUNCES.outboxId(report.addressHeaders()));
    }

    @Test
    @DisplayName("An ARF abuse report is a complaint, found by the returned message's Return-Path when the report's To is the loop's")
    void complaint() throws Exception {
        var original = new MimeMessage(Session.getInstance(new Properties()));
        original.setFrom(address("no-reply@psynergybilling.com"));
        original.setRecipient(jakarta.mail.Message.RecipientType.TO, address("ann@example.org"));
        original.setSubject("News");
        original.setSentDate(new Date());
        original.setText("Hello Ann.");
        original.saveChanges();
        var report = parse(ReportSamples.arf("fbl@psynergybilling.com", "abuse", null,
                ReportSamples.received(original, BOUNCE)));
        assertEquals(Kind.COMPLAINT, report.kind());
        assertEquals("abuse", report.feedbackType());
        assertNull(report.status());
        assertEquals(Optional.of(OUTBOX_ID), BOUNCES.outboxId(report.addressHeaders()));

        var byMailFrom = parse(ReportSamples.arf("fbl@psynergybilling.com", "abuse", BOUNCE,
                ReportSamples.received(original, "someone@example.net")));
        assertEquals(Optional.of(OUTBOX_ID), BOUNCES.outboxId(byMailFrom.addressHeaders()), "Original-Mail-From");
        assertEquals(Kind.NOTHING, parse(ReportSamples.arf("fbl@psynergybilling.com", "not-spam", null,
                ReportSamples.received(original, BOUNCE))).kind(), "not-spam is no complaint");
    }

    @Test
    @DisplayName("Anything but a delivery-status or feedback report is refused: plain text, garbage, other report types, "
            + "a failure without a Status, a feedback report without its type")
    void refusals() {
        for (String raw : new String[]{"", "hello", "\u0000\u0001\u0002binary",
                "Subject: hi\r\nContent-Type: text/plain\r\n\r\nYour message bounced.\r\n",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n\r\nno parts at all\r\n",
                "Content-Type: multipart/report; report-type=disposition-notification; boundary=x\r\n\r\n--x\r\n"
                        + "Content-Type: text/plain\r\n\r\nread\r\n--x\r\nContent-Type: message/disposition-notification"
                        + "\r\n\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n--x--\r\n"}) {
            assertThrows(DeliveryReports.NotAReport.class, () -> DeliveryReports.parse(raw.getBytes(StandardCharsets.UTF_8)),
                    raw);
        }
        byte[] noStatus = ReportSamples.dsn(BOUNCE, "ann@example.org", "failed", "bounced", HEADER);
        assertThrows(DeliveryReports.NotAReport.class, () -> DeliveryReports.parse(noStatus));
        byte[] noType = new String(ReportSamples.arf("fbl@psynergybilling.com", "abuse", null,
                HEADER.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII).replace("Feedback-Type: abuse", "X: y")
                .getBytes(StandardCharsets.US_ASCII);
        assertThrows(DeliveryReports.NotAReport.class, () -> DeliveryReports.parse(noType));
    }
}
