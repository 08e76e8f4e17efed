package com.psynergybilling.leads.mail.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Real delivery reports, built as an MTA or a mailbox provider builds them, with Jakarta Mail:
 * a DSN (RFC 3464: multipart/report; report-type=delivery-status, with the human-readable part, the
 * message/delivery-status fields and the returned message's header) and an ARF complaint (RFC 5965:
 * report-type=feedback-report, with message/feedback-report and the whole message/rfc822).
 */
public final class ReportSamples {

    private static final Session SESSION = Session.getInstance(new Properties());

    private ReportSamples() {
    }

    /**
     * A DSN as Postfix sends it to a message's envelope sender ({@code to}, our bounce address), about
     * {@code recipient}: {@code action} (failed, delayed) with {@code status} (5.1.1, 4.2.2).
     */
    public static byte[] dsn(String to, String recipient, String action, String status, String returnedHeader) {
        try {
            var report = new MimeMessage(SESSION);
            report.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.net", "Mail Delivery System"));
            report.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
            report.setSubject("Undelivered Mail Returned to Sender");
            report.setSentDate(new Date());
            report.setHeader("Auto-Submitted", "auto-replied");
            var human = new MimeBodyPart();
            human.setText("This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your"
                    + " message could not be delivered to one or more recipients.\n\n<" + recipient + ">: host"
                    + " mx.example.org said: 550 5.1.1 <" + recipient + ">: Recipient address rejected\n", "US-ASCII");
            human.setDescription("Notification");
            var fields = new MimeBodyPart();
            fields.setDataHandler(new DataHandler(new ByteArrayDataSource(("Reporting-MTA: dns; mx.example.net\r\n"
                    + "X-Postfix-Queue-ID: 4ZKq2x0Q1Bz9sWq\r\n"
                    + "X-Postfix-Sender: rfc822; " + to + "\r\n"
                    + "Arrival-Date: Tue,  1 Dec 2026 02:00:00 +0000 (UTC)\r\n"
                    + "\r\n"
                    + "Final-Recipient: rfc822; " + recipient + "\r\n"
                    + "Original-Recipient: rfc822;" + recipient + "\r\n"
                    + "Action: " + action + "\r\n"
                    + "Status: " + status + "\r\n"
                    + "Remote-MTA: dns; mx.example.org\r\n"
                    + "Diagnostic-Code: smtp; 550 " + status + " <" + recipient + ">: Recipient address\r\n"
                    + "    rejected: User unknown in virtual mailbox table\r\n").getBytes(StandardCharsets.US_ASCII),
                    "message/delivery-status")));
            fields.setDescription("Delivery report");
            var returned = new MimeBodyPart();
            returned.setDataHandler(new DataHandler(new ByteArrayDataSource(returnedHeader.getBytes(StandardCharsets.UTF_8),
                    "text/rfc822-headers")));
            returned.setDescription("Undelivered Message Headers");
            return report(report, new MimeMultipart("report", human, fields, returned), "delivery-status");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An ARF complaint as a mailbox provider's feedback loop sends it: {@code feedbackType} (abuse) about
     * the whole {@code original} message as the complaining user received it (with its Return-Path).
     */
    public static byte[] arf(String to, String feedbackType, String originalMailFrom, byte[] original) {
        try {
            var report = new MimeMessage(SESSION);
            report.setFrom(new InternetAddress("feedbackloop@fbl.example.com"));
            report.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
            report.setSubject("FW: complaint about a message");
            report.setSentDate(new Date());
            var human = new MimeBodyPart();
            human.setText("This is an email abuse report for an email message received from IP 192.0.2.1 on"
                    + " Tue, 1 Dec 2026 02:00:00 +0000.\n", "US-ASCII");
            var fields = new MimeBodyPart();
            fields.setDataHandler(new DataHandler(new ByteArrayDataSource(("Feedback-Type: " + feedbackType + "\r\n"
                    + "User-Agent: SomeGenerator/1.0\r\n"
                    + "Version: 1\r\n"
                    + (originalMailFrom == null ? "" : "Original-Mail-From: <" + originalMailFrom + ">\r\n")
                    + "Arrival-Date: Tue, 1 Dec 2026 02:00:00 +0000\r\n"
                    + "Source-IP: 192.0.2.1\r\n"
                    + "Reported-Domain: psynergybilling.com\r\n").getBytes(StandardCharsets.US_ASCII),
                    "message/feedback-report")));
            var message = new MimeBodyPart();
            message.setDataHandler(new DataHandler(new ByteArrayDataSource(original, "message/rfc822")));
            return report(report, new MimeMultipart("report", human, fields, message), "feedback-report");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message as received: with the Return-Path its final MTA wrote from the envelope sender. */
    public static byte[] received(MimeMessage message, String returnPath) {
        try {
            var out = new ByteArrayOutputStream();
            out.write(("Return-Path: <" + returnPath + ">\r\n").getBytes(StandardCharsets.US_ASCII));
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] report(MimeMessage report, MimeMultipart parts, String reportType)
            throws MessagingException, IOException {
        report.setContent(parts);
        report.setHeader("Content-Type", parts.getContentType() + "; report-type=" + reportType);
        report.saveChanges();
        var out = new ByteArrayOutputStream();
        report.writeTo(out);
        return out.toByteArray();
    }
}
