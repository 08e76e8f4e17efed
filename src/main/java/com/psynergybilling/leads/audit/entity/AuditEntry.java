package com.psynergybilling.leads.audit.entity;

import com.psynergybilling.leads.platform.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * One link of the chain. Written once; the only change ever made is forgetting whose it is (R20).
 * <p>
 * Version 2 (every entry written now) is hashed over a digest of whose it is: SHA-256 of a random
 * per-entry salt and the keyed address hash. Forgetting clears subject and salt and keeps the
 * digest, so the chain verifies as before while the digest, without its salt, leads to nobody.
 * Version 1 entries, from before, were hashed over the subject itself; they are verified that way.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    public static final int VERSION = 2;

    @Id
    private long seq;

    private int chainVersion;

    @Column(name = "occurred_at")
    private Instant at;

    private String actor;

    private String action;

    private String subject;

    private String subjectSalt;

    private String subjectDigest;

    private String purpose;

    private String detail;

    private String previousHash;

    private String entryHash;

    protected AuditEntry() {
    }

    /** A version 2 entry; {@code salt} is fresh randomness, used only when there is a subject. */
    public AuditEntry(long seq, Instant at, Audited event, String previousHash, String salt, HashFunction hash) {
        this.seq = seq;
        this.chainVersion = VERSION;
        this.at = at;
        this.actor = Text.clip(event.actor(), 64);
        this.action = Text.clip(event.action(), 40);
        this.subject = event.subject();
        if (subject != null) {
            this.subjectSalt = salt;
            this.subjectDigest = hash.apply(salt + "\u001f" + subject);
        }
        this.purpose = event.purpose();
        this.detail = Text.clip(event.detail(), 400);
        link(previousHash, hash);
    }

    /** Re-links this entry behind {@code previous}, as version 2 (the one-time upgrade of version 1). */
    public void relink(String previous, String salt, HashFunction hash) {
        if (chainVersion == 1 && subject != null) {
            subjectSalt = salt;
            subjectDigest = hash.apply(salt + "\u001f" + subject);
        }
        chainVersion = VERSION;
        link(previous, hash);
    }

    private void link(String previous, HashFunction hash) {
        this.previousHash = previous;
        this.entryHash = hash.apply(canonical());
    }

    /** What the hash covers: every field but the subject and its salt, the previous hash included. */
    public String canonical() {
        var fields = new StringJoiner("\u001f").add(previousHash).add(Long.toString(seq)).add(at.toString())
                .add(actor).add(action);
        if (chainVersion == 1) {
            fields.add(String.valueOf(subject));
        } else {
            fields.add(String.valueOf(subjectDigest));
        }
        fields.add(String.valueOf(purpose)).add(String.valueOf(detail));
        return chainVersion == 1 ? fields.toString() : fields.add("v" + chainVersion).toString();
    }

    /**
     * The link and the content hold; while whose is still known, it must be the one the digest was
     * made of, so a subject cannot be swapped either.
     */
    public boolean intact(String expectedPrevious, HashFunction hash) {
        if (!previousHash.equals(expectedPrevious) || !entryHash.equals(hash.apply(canonical()))) {
            return false;
        }
        if (chainVersion == 1) {
            return true;
        }
        if (subject == null) {
            return subjectSalt == null;
        }
        return subjectSalt != null && subjectDigest != null
                && subjectDigest.equals(hash.apply(subjectSalt + "\u001f" + subject));
    }

    /** Forgets whose this entry is (R20); false for a version 1 entry, whose hash covers the subject. */
    public boolean forget() {
        if (chainVersion == 1) {
            return false;
        }
        subject = null;
        subjectSalt = null;
        return true;
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
