package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.psynergybilling.leads.mail.control.RetryRules.Kind;
import com.psynergybilling.leads.mail.entity.MailState;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class RetryRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void aRefusalByReplyCodeIsTemporaryOrPermanent() throws Exception {
        var busy = new SMTPSendFailedException("MAIL", 451, "451 4.3.0 try later <x@example.com>", null, null, null, null);
        assertEquals(Kind.REFUSED_TEMPORARILY, RetryRules.classify(busy, false).kind());
        assertFalse(RetryRules.classify(busy, false).reason().contains("example.com"), "no server text, no address");
        var rejected = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("x@example.com"), "RCPT TO", 550, "550 5.1.1 no such user"));
        assertEquals(Kind.REFUSED_PERMANENTLY, RetryRules.classify(rejected, false).kind());
        var greylisted = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("x@example.com"), "RCPT TO", 450, "450 greylisted"));
        assertEquals(Kind.REFUSED_TEMPORARILY, RetryRules.classify(greylisted, false).kind());
    }

    @Test
    void aFailureWithoutAReplyDuringASendIsUncertain() {
        var timeout = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));
        assertEquals(Kind.UNCERTAIN, RetryRules.classify(timeout, false).kind());
        var broken = new MessagingException("IOException while sending message", new IOException("Broken pipe"));
        assertEquals(Kind.UNCERTAIN, RetryRules.classify(broken, false).kind());
        var eof = new SMTPSendFailedException(".", -1, "[EOF]", null, null, null, null);
        assertEquals(Kind.UNCERTAIN, RetryRules.classify(eof, false).kind());
        assertEquals(MailState.UNKNOWN, RetryRules.decide(RetryRules.classify(eof, false), 0, NOW).state());
    }

    @Test
    void noConnectionMeansNothingWasSent() {
        var refused = new MessagingException("Couldn't connect to host", new java.net.ConnectException("Connection refused"));
        assertEquals(Kind.NOT_CONNECTED, RetryRules.classify(refused, true).kind());
        var verdict = RetryRules.decide(RetryRules.classify(refused, true), 0, NOW);
        assertEquals(MailState.QUEUED, verdict.state());
        assertEquals(NOW.plusSeconds(30), verdict.retryAt());
    }

    @Test
    void retriesBackOffExponentiallyToAnHourAndGiveUpAfterEightAttempts() {
        assertEquals(Duration.ofSeconds(30), RetryRules.backoff(0));
        assertEquals(Duration.ofSeconds(60), RetryRules.backoff(1));
        assertEquals(Duration.ofMinutes(32), RetryRules.backoff(6));
        assertEquals(Duration.ofHours(1), RetryRules.backoff(7));
        assertEquals(Duration.ofHours(1), RetryRules.backoff(60));
        var temporary = new RetryRules.Failure(Kind.REFUSED_TEMPORARILY, "SMTP 451 refused");
        assertEquals(MailState.QUEUED, RetryRules.decide(temporary, 6, NOW).state());
        var last = RetryRules.decide(temporary, 7, NOW);
        assertEquals(MailState.FAILED, last.state());
        assertNull(last.retryAt());
        assertEquals(MailState.FAILED,
                RetryRules.decide(new RetryRules.Failure(Kind.REFUSED_PERMANENTLY, "SMTP 550 refused"), 0, NOW).state());
    }
}
