package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.platform.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** How a request (or its appeal) was answered: fulfilled or denied, the exception a denial names, by whom. */
@Embeddable
public class Outcome {

    private Instant decidedAt;
    private String outcome;
    private String exceptionCode;
    @Column(name = "decision_message")
    private String message;
    private String decidedBy;

    public Outcome() {
    }

    void decided(boolean fulfilled, String exception, String words, String by, Instant now) {
        decidedAt = now;
        outcome = fulfilled ? "FULFILLED" : "DENIED";
        exceptionCode = exception;
        message = Text.clip(words, 2000);
        decidedBy = by;
    }

    /** Closed unanswered: the person's data was erased meanwhile (their letter says why). */
    void superseded(String by, Instant now) {
        decidedAt = now;
        outcome = "SUPERSEDED";
        exceptionCode = null;
        message = null;
        decidedBy = by;
    }

    /** The officer's words may name the person: they go with the rest on erasure. */
    void forgotten() {
        message = null;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String outcome() {
        return outcome;
    }

    public String exceptionCode() {
        return exceptionCode;
    }

    public String message() {
        return message;
    }
}
