package com.psynergybilling.leads.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.StringJoiner;

/** One link of the chain. Written once, never changed. */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 64)
    private String subject;

    @Column(length = 40)
    private String purpose;

    @Column(length = 400)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, Instant at, Audited event, String previousHash, HashFunction hash) {
        this.seq = seq;
        this.at = at;
        this.actor = clip(event.actor(), 64);
        this.action = clip(event.action(), 40);
        this.subject = event.subject();
        this.purpose = event.purpose();
        this.detail = clip(event.detail(), 400);
        this.previousHash = previousHash;
        this.entryHash = hash.apply(canonical());
    }

    /** What the hash covers: every field, the previous hash included, in a fixed order. */
    public String canonical() {
        return new StringJoiner("\u001f").add(previousHash).add(Long.toString(seq)).add(at.toString())
                .add(actor).add(action).add(String.valueOf(subject)).add(String.valueOf(purpose))
                .add(String.valueOf(detail)).toString();
    }

    public boolean intact(String expectedPrevious, HashFunction hash) {
        return previousHash.equals(expectedPrevious) && entryHash.equals(hash.apply(canonical()));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String purpose() {
        return purpose;
    }

    public String detail() {
        return detail;
    }

    public String entryHash() {
        return entryHash;
    }

    /** The chain's digest, passed in so that the entity stays free of crypto plumbing. */
    @FunctionalInterface
    public interface HashFunction {
        String apply(String canonical);
    }
}
