package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.DeliveryReport;
import com.psynergybilling.leads.mail.entity.DeliveryReport.Kind;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a raw delivery report as an MTA pipes it or a provider relays it, with Jakarta Mail: a
 * {@code multipart/report} whose report type is {@code delivery-status} (RFC 3464; its per-recipient
 * fields Action and Status decide) or {@code feedback-report} (RFC 5965, ARF; Feedback-Type decides).
 * Anything else is not a report ({@link NotAReport}). Only header fields are read, never a body, and
 * only so many parts and field groups.
 */
public final class DeliveryReports {

    static final int MAX_PARTS = 10;
    static final int MAX_GROUPS = 100;
    static final int MAX_PART_BYTES = 64 * 1024;
    /** The report's own envelope, where an MTA writes the address the report was sent to. */
    static final List<String> ENVELOPE = List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To",
            "To", "Cc");
    static final Set<String> COMPLAINTS = Set.of("abuse", "fraud", "virus", "other");
    private static final Pattern STATUS = Pattern.compile("([245])\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern FEEDBACK_TYPE = Pattern.compile("[a-z0-9-]{1,40}");

    /** Not a delivery-status or feedback report, or a broken one; the message says why, in general words. */
    public static final class NotAReport extends Exception {
        NotAReport(String why) {
            super(why);
        }
    }

    private DeliveryReports() {
    }

    public static DeliveryReport parse(byte[] raw) throws NotAReport {
        try {
            MimeMessage report = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(withoutMboxLine(raw)));
            ContentType type = contentType(report.getContentType());
            if (!type.match("multipart/report")) {
                throw new NotAReport("The body is not a multipart/report message.");
            }
            var parts = new MimeMultipart(new MimePartDataSource(report));
            int count = parts.getCount();
            if (count < 2 || count > MAX_PARTS) {
                throw new NotAReport("A report has 2 to " + MAX_PARTS + " parts.");
            }
            var addresses = new ArrayList<String>();
            for (String name : ENVELOPE) {
                addAll(addresses, report.getHeader(name));
            }
            String reportType = type.getParameter("report-type");
            Read read = new Read();
            for (int i = 0; i < count; i++) {
                read(parts.getBodyPart(i), read);
            }
            addresses.addAll(read.originalMailFrom);
            addresses.addAll(read.returnPaths);
            if (matches(reportType, "delivery-status", read.statusGroups != null)) {
                return delivery(read.statusGroups, addresses);
            }
            if (matches(reportType, "feedback-report", read.feedback != null)) {
                return feedback(read.feedback, addresses);
            }
            throw new NotAReport("Only delivery-status (RFC 3464) and feedback-report (RFC 5965) reports are taken.");
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new NotAReport("The body is not a readable MIME message.");
        }
    }

    /** The report type names it, or is missing and the part is there. */
    private static boolean matches(String reportType, String expected, boolean partFound) throws NotAReport {
        if (reportType == null) {
            return partFound;
        }
        if (!reportType.equalsIgnoreCase(expected)) {
            return false;
        }
        if (!partFound) {
            throw new NotAReport("A " + expected + " report without its " + expected + " part.");
        }
        return true;
    }

    /** What the parts of one report said. */
    private static final class Read {
        List<InternetHeaders> statusGroups;
        InternetHeaders feedback;
        final List<String> originalMailFrom = new ArrayList<>();
        final List<String> returnPaths = new ArrayList<>();
    }

    private static void read(BodyPart part, Read read) throws MessagingException, IOException, NotAReport {
        ContentType type = contentType(part.getContentType());
        if (type.match("message/delivery-status") || type.match("message/global-delivery-status")) {
            read.statusGroups = groups(part.getInputStream());
        } else if (type.match("message/feedback-report")) {
            List<InternetHeaders> groups = groups(part.getInputStream());
            read.feedback = groups.isEmpty() ? new InternetHeaders() : groups.get(0);
            addAll(read.originalMailFrom, read.feedback.getHeader("Original-Mail-From"));
        } else if (type.match("message/rfc822") || type.match("message/global") || type.match("text/rfc822-headers")) {
            // The returned message (or its header): only its header is read.
            var returned = new InternetHeaders(bounded(part.getInputStream()));
            addAll(read.returnPaths, returned.getHeader("Return-Path"));
        }
    }

    private static DeliveryReport delivery(List<InternetHeaders> groups, List<String> addresses) throws NotAReport {
        String worst = null;
        // The first group holds the per-message fields; each later one is one recipient's.
        for (InternetHeaders recipient : groups.subList(Math.min(1, groups.size()), groups.size())) {
            String action = field(recipient, "Action");
            if (action == null || !action.toLowerCase(Locale.ROOT).startsWith("failed")) {
                continue;
            }
            String status = status(field(recipient, "Status"));
            if (worst == null || status.charAt(0) > worst.charAt(0)) {
                worst = status;
            }
        }
        if (worst == null || worst.startsWith("2")) {
            return new DeliveryReport(Kind.NOTHING, worst, null, addresses);
        }
        return new DeliveryReport(worst.startsWith("5") ? Kind.HARD_BOUNCE : Kind.SOFT_BOUNCE, worst, null, addresses);
    }

    private static DeliveryReport feedback(InternetHeaders fields, List<String> addresses) throws NotAReport {
        String type = field(fields, "Feedback-Type");
        String normal = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!FEEDBACK_TYPE.matcher(normal).matches()) {
            throw new NotAReport("A feedback report needs its Feedback-Type field.");
        }
        return new DeliveryReport(COMPLAINTS.contains(normal) ? Kind.COMPLAINT : Kind.NOTHING, null, normal, addresses);
    }

    /** {@code 5.1.1}, from a Status field that may carry a comment after the code. */
    private static String status(String field) throws NotAReport {
        String code = field == null ? "" : field.strip().split("[\\s(]", 2)[0];
        if (!STATUS.matcher(code).matches()) {
            throw new NotAReport("A failed recipient needs a Status such as 5.1.1.");
        }
        return code;
    }

    /** The groups of header fields of a delivery-status or feedback-report body, separated by blank lines. */
    private static List<InternetHeaders> groups(InputStream body) throws IOException, MessagingException, NotAReport {
        String text = new String(bounded(body).readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        var groups = new ArrayList<InternetHeaders>();
        for (String block : text.split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            if (groups.size() == MAX_GROUPS) {
                throw new NotAReport("Too many recipients in one report.");
            }
            groups.add(new InternetHeaders(new ByteArrayInputStream((block.strip() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8))));
        }
        return groups;
    }

    private static InputStream bounded(InputStream body) throws IOException {
        try (body) {
            return new ByteArrayInputStream(body.readNBytes(MAX_PART_BYTES));
        }
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, null);
        return value == null ? null : MimeUtility.unfold(value);
    }

    private static void addAll(List<String> to, String[] values) {
        if (values != null) {
            for (String value : values) {
                to.add(MimeUtility.unfold(value));
            }
        }
    }

    private static ContentType contentType(String value) throws NotAReport {
        try {
            return new ContentType(value == null ? "text/plain" : value);
        } catch (ParseException e) {
            throw new NotAReport("A part's Content-Type cannot be read.");
        }
    }

    /** An mbox "From " line ahead of the header (an MTA's pipe may add one) is not part of the message. */
    private static byte[] withoutMboxLine(byte[] raw) {
        if (raw.length > 5 && new String(raw, 0, 5, StandardCharsets.US_ASCII).equals("From ")) {
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == '\n') {
                    byte[] rest = new byte[raw.length - i - 1];
                    System.arraycopy(raw, i + 1, rest, 0, rest.length);
                    return rest;
                }
            }
        }
        return raw;
    }
}
