package com.psynergybilling.leads.staff.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A signed-in console session, known by the SHA-256 of the id in its cookie (its {@code id_hash}). */
@Entity
@Table(name = "console_sessions")
@AttributeOverride(name = "id", column = @Column(name = "id_hash"))
public class ConsoleSession extends StaffCredential {

    /** Every state-changing form of this session must carry it. */
    private String csrfToken;

    private Instant lastSeenAt;

    protected ConsoleSession() {
    }

    public ConsoleSession(String idHash, StaffUser user, String csrfToken, Instant now) {
        super(idHash, user, now);
        this.csrfToken = csrfToken;
        this.lastSeenAt = now;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public boolean idleLongerThan(Duration idle, Instant now) {
        return lastSeenAt.plus(idle).isBefore(now);
    }

    public boolean olderThan(Duration age, Instant now) {
        return createdAt().plus(age).isBefore(now);
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }
}
