package com.psynergybilling.leads.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address we must never contact again, known only by its keyed hash. */
@Entity
@Table(name = "do_not_contact")
public class DoNotContact {

    @Id
    @Column(name = "address_hash", length = 64)
    private String addressHash;

    /** Why: REFERRAL_REMOVAL, UNSUBSCRIBE, MINOR, ... */
    @Column(nullable = false, length = 40)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DoNotContact() {
    }

    public DoNotContact(String addressHash, String reason, Instant now) {
        this.addressHash = addressHash;
        this.reason = reason;
        this.createdAt = now;
    }

    public String addressHash() {
        return addressHash;
    }
}
