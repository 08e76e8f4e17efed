package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.Attachment;
import com.psynergybilling.leads.mail.entity.RenderedMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * Builds the MIME message: multipart/alternative (text, then HTML), UTF-8. Every header comes from
 * validated values: the configured sender, the stored recipient, the rendered subject, and a
 * Message-ID made of the outbox id, so a message tried twice carries one Message-ID. A promotion also
 * carries its own envelope sender (the Return-Path a bounce goes to), {@link BounceAddresses}.
 */
public final class Letters {

    private Letters() {
    }

    public static MimeMessage compose(Session session, InternetAddress from, String outboxId, InternetAddress to,
                                      RenderedMail mail, Date sentAt) throws MessagingException {
        return compose(session, from, outboxId, to, mail, null, sentAt, null);
    }

    /** With an attachment, the alternative bodies and the file travel as multipart/mixed. */
    public static MimeMessage compose(Session session, InternetAddress from, String outboxId, InternetAddress to,
                                      RenderedMail mail, Attachment attachment, Date sentAt) throws MessagingException {
        return compose(session, from, outboxId, to, mail, attachment, sentAt, null);
    }

    /**
     * {@code envelopeFrom}: the SMTP MAIL FROM of this message alone (null: the session's, the sender),
     * where delivery reports about it go.
     */
    public static MimeMessage compose(Session session, InternetAddress from, String outboxId, InternetAddress to,
                                      RenderedMail mail, Attachment attachment, Date sentAt, InternetAddress envelopeFrom)
            throws MessagingException {
        var message = new OutboxMimeMessage(session, messageId(outboxId, from));
        if (envelopeFrom != null) {
            message.setEnvelopeFrom(envelopeFrom.getAddress());
        }
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(HeaderValues.singleLine(mail.subject()), "UTF-8");
        message.setSentDate(sentAt);
        // RFC 3834: no out-of-office robot should answer a machine's mail.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            // RFC 2369 and RFC 8058: the mail client's own unsubscribe button, one click, no login.
            message.setHeader("List-Unsubscribe", "<" + HeaderValues.singleLine(mail.unsubscribeUrl()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("List-Id", listId(from));
        }
        var text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        var body = new MimeMultipart("alternative", text, html);
        if (attachment == null) {
            message.setContent(body);
        } else {
            var bodies = new MimeBodyPart();
            bodies.setContent(body);
            var file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    attachment.content().getBytes(StandardCharsets.UTF_8),
                    attachment.mediaType() + "; charset=UTF-8")));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart("mixed", bodies, file));
        }
        message.saveChanges();
        return message;
    }

    /** RFC 2919: one list for every promotion of the sender's domain, which unsubscribing leaves as a whole. */
    static String listId(InternetAddress from) {
        String address = from.getAddress();
        return "Psynergy Billing news <news." + address.substring(address.indexOf('@') + 1) + ">";
    }

    private static final Pattern OUTBOX_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    static String messageId(String outboxId, InternetAddress from) {
        if (!OUTBOX_ID.matcher(outboxId).matches()) {
            throw new IllegalArgumentException("not an outbox id");
        }
        String address = from.getAddress();
        return "<" + outboxId + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }

    /**
     * Jakarta Mail would set a random Message-ID on saving; this one keeps the outbox's. An SMTPMessage,
     * so that it can name its own envelope sender on a connection shared with other messages.
     */
    static final class OutboxMimeMessage extends SMTPMessage {

        private final String messageId;

        OutboxMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
