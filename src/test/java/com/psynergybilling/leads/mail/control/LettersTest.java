package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.entity.RenderedMail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The header guard: nothing from a value becomes a header, a recipient or a second line. */
class LettersTest {

    final Session session = Session.getInstance(new Properties());

    @Test
    void headersComeOnlyFromValidatedValues() throws Exception {
        var from = HeaderValues.sender("Psynergy Billing <no-reply@psynergybilling.com>");
        var mail = new RenderedMail("Hi\r\nBcc: victim@example.com", "tëxt", "<p>html</p>");
        var message = Letters.compose(session, from, "0b7c6a9e-1111-2222-3333-444455556666",
                HeaderValues.recipient("ann@example.com"), mail, new Date());
        message.saveChanges();
        assertEquals("<0b7c6a9e-1111-2222-3333-444455556666@psynergybilling.com>", message.getMessageID());
        assertEquals("Hi Bcc: victim@example.com", message.getSubject());
        assertEquals(1, message.getAllRecipients().length);
        assertEquals(null, message.getHeader("Bcc"));
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        String raw = out.toString(StandardCharsets.UTF_8);
        assertTrue(raw.lines().noneMatch(line -> line.startsWith("Bcc:")), raw);
        var parts = (MimeMultipart) message.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"));
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(0).getContentType().toLowerCase().contains("charset=utf-8"));
        assertEquals("tëxt", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    }

    @Test
    void aRecipientMustBeOnePlainAddress() {
        for (String bad : new String[]{"ann@example.com\r\nBcc: eve@example.com", "Ann <ann@example.com>",
                "ann@example.com, eve@example.com", " ann@example.com", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> HeaderValues.recipient(bad), String.valueOf(bad));
        }
    }

    @Test
    void theSenderIsParsedStrictly() {
        assertEquals("no-reply@psynergybilling.com", HeaderValues.sender("no-reply@psynergybilling.com").getAddress());
        for (String bad : new String[]{"Psynergy <no-reply@psynergybilling.com", "a@b.com, c@d.com", "nobody",
                "Psynergy <no-reply@psynergybilling.com>\r\nBcc: x@y.com", " "}) {
            var e = assertThrows(IllegalArgumentException.class, () -> HeaderValues.sender(bad), bad);
            assertTrue(e.getMessage().startsWith("LEADS_MAIL_FROM"), e.getMessage());
        }
    }
}
