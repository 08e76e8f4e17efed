package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A legal hold on one address's data: while it is in force, deletion is denied under the policy's
 * LEGAL_OBLIGATION exception (R20). Known by the keyed hash of the address, never the address: a
 * recorded exception that lasts while the hold does. Its reason is a code and a reference (a matter
 * or ticket number). Once released and the person erased, the row forgets hash and reference.
 */
@Entity
@Table(name = "legal_holds")
@NamedQuery(name = LegalHold.IN_FORCE,
        query = "select h from LegalHold h where h.addressHash in :hashes and h.releasedAt is null")
@NamedQuery(name = LegalHold.OF,
        query = "select h from LegalHold h where h.addressHash in :hashes")
public class LegalHold extends Identified {

    public static final String IN_FORCE = "LegalHold.inForce";
    public static final String OF = "LegalHold.of";
    /** The policy's deletion exception a hold stands for. */
    public static final String EXCEPTION = "LEGAL_OBLIGATION";

    private String addressHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private HoldReason reason;
    private String reference;
    private String placedBy;
    private Instant placedAt;
    private String releasedBy;
    private Instant releasedAt;

    protected LegalHold() {
    }

    public LegalHold(String addressHash, HoldReason reason, String reference, String placedBy, Instant now) {
        super(newId());
        this.addressHash = addressHash;
        this.reason = reason;
        this.reference = reference;
        this.placedBy = placedBy;
        this.placedAt = now;
    }

    public void release(String by, Instant now) {
        if (releasedAt == null) {
            releasedBy = by;
            releasedAt = now;
        }
    }

    /** The held person was erased after the hold's release: nothing here may lead back to them (R20). */
    public void forget() {
        if (releasedAt == null) {
            throw new IllegalStateException("A hold in force keeps its hash");
        }
        addressHash = null;
        reference = null;
    }

    public String addressHash() {
        return addressHash;
    }

    public HoldReason reason() {
        return reason;
    }

    public String reference() {
        return reference;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String placedBy() {
        return placedBy;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
