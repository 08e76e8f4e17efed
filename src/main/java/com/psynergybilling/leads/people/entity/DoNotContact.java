package com.psynergybilling.leads.people.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One kind of use an address must never be put to again, known only by the address's keyed hash. */
@Entity
@Table(name = "do_not_contact")
@IdClass(DoNotContact.Key.class)
public class DoNotContact {

    @Id
    private String addressHash;

    @Id
    @Enumerated(EnumType.STRING)
    private Suppression kind;

    /** Why: REFERRAL_REMOVAL, UNSUBSCRIBE, GPC, MINOR, ... */
    private String reason;

    private Instant createdAt;

    protected DoNotContact() {
    }

    public DoNotContact(String addressHash, Suppression kind, String reason, Instant now) {
        this.addressHash = addressHash;
        this.kind = kind;
        this.reason = reason;
        this.createdAt = now;
    }

    public String addressHash() {
        return addressHash;
    }

    public Suppression kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The row's key: an address may be barred from several kinds of use, each once. */
    public static class Key implements Serializable {

        private String addressHash;
        private Suppression kind;

        public Key() {
        }

        public Key(String addressHash, Suppression kind) {
            this.addressHash = addressHash;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(addressHash, key.addressHash) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(addressHash, kind);
        }
    }
}
