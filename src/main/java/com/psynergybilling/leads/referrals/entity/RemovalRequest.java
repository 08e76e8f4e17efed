package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A removal as it was posted (R9), kept only until the removal job has carried it out: the keyed
 * hashes of the address given (one per key of the ring, the current one first), or the colleague a
 * removal link named. Never the address itself.
 */
@Entity
@Table(name = "referral_removal_requests")
public class RemovalRequest extends Identified {

    /** Space-separated; null for a removal by link. */
    private String addressHashes;

    /** The current key's alone, for nodes of the release before V27 during a rolling deploy. */
    private String addressHash;

    private String colleagueId;

    private Instant receivedAt;

    protected RemovalRequest() {
    }

    private RemovalRequest(String addressHashes, String colleagueId, Instant now) {
        super(newId());
        this.addressHashes = addressHashes;
        this.addressHash = addressHashes == null ? null : addressHashes.split(" ")[0];
        this.colleagueId = colleagueId;
        this.receivedAt = now;
    }

    /** Someone, anyone, gave an address: its owner has not shown that they are the poster. */
    public static RemovalRequest byAddress(List<String> addressHashes, Instant now) {
        if (addressHashes.isEmpty()) {
            throw new IllegalArgumentException("A removal by address needs the address's hashes");
        }
        return new RemovalRequest(String.join(" ", addressHashes), null, now);
    }

    /** The colleague's own removal link: only the invitation's recipient holds it. */
    public static RemovalRequest byLink(String colleagueId, Instant now) {
        return new RemovalRequest(null, colleagueId, now);
    }

    /** The address's hashes under every key, the current one first; empty for a removal by link. */
    public List<String> addressHashes() {
        if (addressHashes == null) {
            return addressHash == null ? List.of() : List.of(addressHash); // written by a node of the earlier release
        }
        return List.of(addressHashes.split(" "));
    }

    public Optional<String> colleagueId() {
        return Optional.ofNullable(colleagueId);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
