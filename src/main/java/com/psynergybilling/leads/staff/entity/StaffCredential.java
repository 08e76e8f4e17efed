package com.psynergybilling.leads.staff.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What a staff user is known by on a request, a console session or an integration's bearer token:
 * whose it is and when it was made. Neither keeps the secret it stands for, only its SHA-256.
 */
@MappedSuperclass
public abstract class StaffCredential extends Identified {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "username", nullable = false)
    private StaffUser user;

    private Instant createdAt;

    protected StaffCredential() {
    }

    protected StaffCredential(String id, StaffUser user, Instant now) {
        super(id);
        this.user = user;
        this.createdAt = now;
    }

    public StaffUser user() {
        return user;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
