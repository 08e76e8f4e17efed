package com.psynergybilling.leads.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * GreenMail's SMTP server inside the test JVM, where the service under test sends its mail
 * (LEADS_SMTP_HOST and LEADS_SMTP_PORT in the failsafe configuration), and ways to read what it got.
 */
public final class Mailbox implements AutoCloseable {

    /** This fork's port (pom.xml: it.smtp.port followed by the fork's number), which its Payara Micro sends to. */
    public static final int PORT = Integer.parseInt(System.getProperty("it.mailbox.port"));
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final GreenMail server;

    private Mailbox() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static Mailbox start() {
        return new Mailbox();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Every message received so far, in order of arrival. */
    public List<MimeMessage> all() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for {@code address}. */
    public List<MimeMessage> to(String address) {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage message : all()) {
            try {
                var recipients = message.getRecipients(Message.RecipientType.TO);
                if (recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits until {@code count} messages for {@code address} arrived, and returns them. */
    public List<MimeMessage> await(String address, int count, Duration timeout) {
        until(timeout, () -> to(address).size() >= count, count + " message(s) for " + address);
        return to(address);
    }

    /** Waits for a condition, checking every 100 ms; fails naming {@code what} after {@code timeout}. */
    public static void until(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded content of the first part of {@code mimeType} (text/plain, text/html). */
    public static String part(MimeMessage message, String mimeType) {
        try {
            if (message.isMimeType(mimeType)) {
                return (String) message.getContent();
            }
            if (message.getContent() instanceof Multipart parts) {
                String found = part(parts, mimeType);
                if (found != null) {
                    return found;
                }
            }
            throw new AssertionError("No " + mimeType + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Depth first, so the bodies of a multipart/mixed message (one with an attachment) are found too. */
    private static String part(Multipart parts, String mimeType) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(mimeType) && part.getFileName() == null) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = part(nested, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The text of the attached file named {@code fileName}, or null when there is none. */
    public static String attachment(MimeMessage message, String fileName) {
        try {
            if (!(message.getContent() instanceof Multipart parts)) {
                return null;
            }
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (fileName.equals(part.getFileName())) {
                    return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The href targets of an HTML body, with HTML's character references decoded. */
    public static List<String> links(String html) {
        var links = new ArrayList<String>();
        var matcher = HREF.matcher(html);
        while (matcher.find()) {
            links.add(unescape(matcher.group(1)));
        }
        return links;
    }

    static String unescape(String value) {
        var decoded = Pattern.compile("&#(\\d+);").matcher(value)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1))));
        return decoded.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
