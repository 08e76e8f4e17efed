package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A removal as it was posted (R9), kept only until the removal job has carried it out: the keyed
 * hash of the address given, or the colleague a removal link named. Never the address itself.
 */
@Entity
@Table(name = "referral_removal_requests")
public class RemovalRequest extends Identified {

    private String addressHash;

    private String colleagueId;

    private Instant receivedAt;

    protected RemovalRequest() {
    }

    private RemovalRequest(String addressHash, String colleagueId, Instant now) {
        super(newId());
        this.addressHash = addressHash;
        this.colleagueId = colleagueId;
        this.receivedAt = now;
    }

    /** Someone, anyone, gave an address: its owner has not shown that they are the poster. */
    public static RemovalRequest byAddress(String addressHash, Instant now) {
        return new RemovalRequest(addressHash, null, now);
    }

    /** The colleague's own removal link: only the invitation's recipient holds it. */
    public static RemovalRequest byLink(String colleagueId, Instant now) {
        return new RemovalRequest(null, colleagueId, now);
    }

    public Optional<String> addressHash() {
        return Optional.ofNullable(addressHash);
    }

    public Optional<String> colleagueId() {
        return Optional.ofNullable(colleagueId);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
