package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.mail.entity.Attachment;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.mail.entity.RenderedMail;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An outbox message's one attachment: kept whatever its size, composed as multipart/mixed, cleared when finished. */
class AttachmentsTest {

    @Test
    @DisplayName("R18: a report of more than a megabyte is kept until sent, and cleared with the address once finished")
    void keptUntilFinished() {
        String big = "{\"pieces\":\"" + "x".repeat(1_500_000) + "\"}";
        Instant at = Instant.parse("2026-11-29T08:00:00Z");
        var message = new OutboxMessage("report:1", "ACCESS_REPORT", "pat@example.com", "privacy-access-report", "{}",
                "privacy-request:1", at);
        message.attach(new Attachment("your-data.json", big));
        try (var db = new TestDatabase()) {
            db.inTransaction(em -> em.persist(message));
            var em = db.open();
            var read = em.find(OutboxMessage.class, message.id());
            assertEquals(big, read.attachment().content());
            assertEquals("application/json", read.attachment().mediaType());
            em.close();
            db.inTransaction(tx -> tx.find(OutboxMessage.class, message.id()).sent(at));
            var after = db.open();
            assertNull(after.find(OutboxMessage.class, message.id()).attachment(), "gone with the recipient");
            after.close();
        }
    }

    @Test
    @DisplayName("a message with an attachment is multipart/mixed: the two alternative bodies, then the file")
    void composedAsMixed() throws Exception {
        var session = Session.getInstance(new Properties());
        var message = Letters.compose(session, new InternetAddress("no-reply@psynergybilling.com"),
                "0b7c6a9e-1111-2222-3333-444455556666", new InternetAddress("pat@example.com"),
                new RenderedMail("Your data", "text", "<p>html</p>"), new Attachment("your-data.json", "{\"a\":\"é\"}"),
                new Date());
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        assertTrue(message.isMimeType("multipart/mixed"));
        var parts = (Multipart) message.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("multipart/alternative"));
        assertEquals("your-data.json", parts.getBodyPart(1).getFileName());
        assertTrue(parts.getBodyPart(1).isMimeType("application/json"));
        assertEquals("{\"a\":\"é\"}", new String(parts.getBodyPart(1).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}
