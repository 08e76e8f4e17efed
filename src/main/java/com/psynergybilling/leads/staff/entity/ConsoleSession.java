package com.psynergybilling.leads.staff.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A signed-in console session, known by the SHA-256 of the id in its cookie. */
@Entity
@Table(name = "console_sessions")
public class ConsoleSession {

    @Id
    private String idHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "username", nullable = false)
    private StaffUser user;

    /** Every state-changing form of this session must carry it. */
    private String csrfToken;

    private Instant createdAt;

    private Instant lastSeenAt;

    protected ConsoleSession() {
    }

    public ConsoleSession(String idHash, StaffUser user, String csrfToken, Instant now) {
        this.idHash = idHash;
        this.user = user;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public StaffUser user() {
        return user;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public boolean idleLongerThan(Duration idle, Instant now) {
        return lastSeenAt.plus(idle).isBefore(now);
    }

    public boolean olderThan(Duration age, Instant now) {
        return createdAt.plus(age).isBefore(now);
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }
}
