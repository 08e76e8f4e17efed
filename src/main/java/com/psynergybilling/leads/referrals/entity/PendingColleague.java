package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A colleague named in a referral that still waits for its referrer's confirmation: referral-only
 * data (R6), kept only until the confirmation turns it into a {@link ReferredColleague} or the link
 * expires. Its address hash is not unique: only an invitation really sent uses up the one (R7).
 */
@Entity
@Table(name = "pending_colleagues")
// By hash: every confirmation inserts its colleagues' unique keys in one order, so two referrals of the
// same colleagues confirmed at once wait for each other instead of deadlocking.
@NamedQuery(name = PendingColleague.OF_REFERRAL,
        query = "select p from PendingColleague p where p.referral = :referral order by p.addressHash")
@NamedQuery(name = PendingColleague.BY_HASH,
        query = "select p from PendingColleague p where p.addressHash in :hashes")
public class PendingColleague extends Colleague {

    public static final String OF_REFERRAL = "PendingColleague.ofReferral";
    public static final String BY_HASH = "PendingColleague.byHash";

    protected PendingColleague() {
    }

    public PendingColleague(Referral referral, String addressHash, String name, EmailAddress email,
                            Collection collection) {
        super(referral, addressHash, name, email, collection);
    }

    public EmailAddress email() {
        return EmailAddress.of(email);
    }
}
