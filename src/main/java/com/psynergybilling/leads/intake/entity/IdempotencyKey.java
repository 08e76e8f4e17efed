package com.psynergybilling.leads.intake.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A client's Idempotency-Key for one endpoint, and the answer given to its first request. */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyKey {

    public static final Duration KEPT = Duration.ofHours(24);

    @Id
    private String keyHash;

    private String requestHash;

    /** RUNNING until the first request's transaction commits its answer, then DONE. */
    private String state;

    private Integer answerStatus;

    private String answerBody;

    private Instant createdAt;

    protected IdempotencyKey() {
    }

    public IdempotencyKey(String keyHash, String requestHash, Instant now) {
        this.keyHash = keyHash;
        this.requestHash = requestHash;
        this.state = "RUNNING";
        this.createdAt = now;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public boolean expired(Instant now) {
        return createdAt.plus(KEPT).isBefore(now);
    }

    public boolean done() {
        return "DONE".equals(state);
    }

    public Receipt receipt() {
        return new Receipt(answerStatus, answerBody);
    }

    public void answered(Receipt receipt) {
        state = "DONE";
        answerStatus = receipt.status();
        answerBody = receipt.body();
    }
}
