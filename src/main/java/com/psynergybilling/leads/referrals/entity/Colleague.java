package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;

/**
 * What a colleague named in a referral holds, pending or referred: referral-only data (R6) with its
 * collection record, the keyed hash of the address, and the name and address until they are forgotten.
 */
@MappedSuperclass
public abstract class Colleague extends Identified {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;

    private String addressHash;

    private String name;

    /** Null once forgotten. */
    protected String email;

    @Embedded
    private Collection collection;

    protected Colleague() {
    }

    protected Colleague(Referral referral, String addressHash, String name, EmailAddress email, Collection collection) {
        super(newId());
        this.referral = referral;
        this.addressHash = addressHash;
        this.name = name;
        this.email = email.value();
        this.collection = collection;
    }

    /** Only the hash is kept. */
    protected void forget() {
        name = null;
        email = null;
    }

    public Referral referral() {
        return referral;
    }

    public String addressHash() {
        return addressHash;
    }

    public String name() {
        return name;
    }

    /** The address, until forgotten. */
    public Optional<EmailAddress> address() {
        return Optional.ofNullable(email).map(EmailAddress::new);
    }

    public Collection collection() {
        return collection;
    }
}
