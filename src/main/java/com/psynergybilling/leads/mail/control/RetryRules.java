package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.platform.control.Doubling;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;

/**
 * What becomes of a message whose sending failed. A message is tried again only when it certainly
 * was not accepted: the connection never came up, or the server answered a command with a 4xx reply.
 * Any other failure during a send (a timeout or a broken connection while the server had the
 * message) may have delivered it, so it ends as UNKNOWN and is never sent again.
 */
public final class RetryRules {

    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofHours(1);

    public enum Kind { NOT_CONNECTED, REFUSED_TEMPORARILY, REFUSED_PERMANENTLY, UNCERTAIN }

    /** A classified failure; {@code reason} never carries the server's text, which may hold the address. */
    public record Failure(Kind kind, String reason) {
    }

    public record Verdict(MailState state, Instant retryAt, String outcome) {
    }

    private RetryRules() {
    }

    /**
     * Classifies a failure of connecting ({@code connecting}) or of sending one message. The SMTP
     * reply code is read from the provider's exception (Angus' {@code SMTPSendFailedException},
     * {@code SMTPAddressFailedException}, ...) through its public {@code getReturnCode()}, so this
     * code compiles against the Jakarta Mail API alone and uses whichever provider the server has.
     */
    public static Failure classify(Throwable failure, boolean connecting) {
        if (connecting) {
            return new Failure(Kind.NOT_CONNECTED, "no SMTP connection (" + failure.getClass().getSimpleName() + ")");
        }
        int code = replyCode(failure);
        if (code >= 400 && code < 500) {
            return new Failure(Kind.REFUSED_TEMPORARILY, "SMTP " + code + " refused");
        }
        if (code >= 500 && code < 600) {
            return new Failure(Kind.REFUSED_PERMANENTLY, "SMTP " + code + " refused");
        }
        return new Failure(Kind.UNCERTAIN, "fate unknown after " + failure.getClass().getSimpleName()
                + (code == -1 ? "" : " (SMTP " + code + ")"));
    }

    /** The message's next state after {@code failure}, given the attempts made before this one. */
    public static Verdict decide(Failure failure, int attemptsBefore, Instant now) {
        return switch (failure.kind()) {
            case UNCERTAIN -> new Verdict(MailState.UNKNOWN, null, failure.reason());
            case REFUSED_PERMANENTLY -> new Verdict(MailState.FAILED, null, failure.reason());
            case NOT_CONNECTED, REFUSED_TEMPORARILY -> attemptsBefore + 1 >= MAX_ATTEMPTS
                    ? new Verdict(MailState.FAILED, null, failure.reason() + "; gave up after " + MAX_ATTEMPTS + " attempts")
                    : new Verdict(MailState.QUEUED, now.plus(backoff(attemptsBefore)),
                    failure.reason() + "; attempt " + (attemptsBefore + 1) + " of " + MAX_ATTEMPTS);
        };
    }

    /** 30 s, 1 min, 2 min, ... doubling per attempt made, at most an hour. */
    static Duration backoff(int attemptsBefore) {
        return Doubling.delay(FIRST_DELAY, attemptsBefore, MAX_DELAY);
    }

    /** The first SMTP reply code found along the cause chain, or -1 when there is none. */
    static int replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            try {
                Method getter = t.getClass().getMethod("getReturnCode");
                if (getter.getReturnType() == int.class) {
                    return (int) getter.invoke(t);
                }
            } catch (ReflectiveOperationException | RuntimeException notAReply) {
                // not a provider's SMTP exception: look further down the chain
            }
        }
        return -1;
    }
}
