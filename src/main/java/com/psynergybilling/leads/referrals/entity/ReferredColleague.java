package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A referred colleague: referral-only data (R6). Name and address serve the one invitation and go
 * on removal (R9) or after the retention (R10); the keyed hash stays and blocks a second invitation.
 */
@Entity
@Table(name = "referred_colleagues")
@NamedQuery(name = ReferredColleague.BY_HASH,
        query = "select c from ReferredColleague c where c.addressHash in :hashes")
public class ReferredColleague extends Colleague {

    public static final String BY_HASH = "ReferredColleague.byHash";

    private Instant invitationQueuedAt;

    private Instant removedAt;

    private Instant erasedAt;

    protected ReferredColleague() {
    }

    public ReferredColleague(Referral referral, String addressHash, String name, EmailAddress email,
                             Collection collection) {
        super(referral, addressHash, name, email, collection);
    }

    public void invitationQueued(Instant now) {
        invitationQueuedAt = now;
    }

    /** R9: the colleague asked to be removed; only the hash is kept. */
    public void remove(Instant now) {
        forget();
        removedAt = now;
    }

    /**
     * R9 under a legal hold (R20): removed, so never invited, but the name and address stay while the
     * hold is in force; the retention deletes them once it is released.
     */
    public void removeHeld(Instant now) {
        removedAt = now;
    }

    /** R10: the retention ran out; only the hash is kept. */
    public void erase(Instant now) {
        forget();
        erasedAt = now;
    }

    /** The address, until removed or erased. */
    public Optional<EmailAddress> email() {
        return address();
    }

    /** Whether the invitation may still go: the colleague is neither removed nor erased. */
    public boolean invitable() {
        return removedAt == null && erasedAt == null && email != null;
    }
}
