package com.psynergybilling.leads.rights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold on one address's data: while it is in force, deletion is denied under the policy's
 * LEGAL_OBLIGATION exception (R20). Known by the keyed hash of the address, never the address.
 */
@Entity
@Table(name = "legal_holds")
@NamedQuery(name = LegalHold.IN_FORCE,
        query = "select h from LegalHold h where h.addressHash in :hashes and h.releasedAt is null")
public class LegalHold {

    public static final String IN_FORCE = "LegalHold.inForce";
    /** The policy's deletion exception a hold stands for. */
    public static final String EXCEPTION = "LEGAL_OBLIGATION";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "address_hash", nullable = false, length = 64)
    private String addressHash;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;
    @Column(name = "released_by", length = 64)
    private String releasedBy;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected LegalHold() {
    }

    public LegalHold(String addressHash, String reason, String placedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.addressHash = addressHash;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = now;
    }

    public void release(String by, Instant now) {
        if (releasedAt == null) {
            releasedBy = by;
            releasedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String addressHash() {
        return addressHash;
    }

    public String reason() {
        return reason;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
