package com.psynergybilling.leads.sharing.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.policy.entity.DisclosedData;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One disclosure (R15): which categories of whose data went to which recipient, for which purpose,
 * and when. Written once; erasure empties whose and nothing else.
 */
@Entity
@Table(name = "disclosures")
public class Disclosure extends Identified {

    private String exportId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    private String recipientCategory;

    @Embedded
    private DisclosedData disclosed;

    /** Whose: the person's id and the keyed hash of their address; both null once erased. */
    private String personId;

    private String addressHash;

    /** The submission whose permit allowed the disclosure; null once erased. */
    private String submissionId;

    private Instant disclosedAt;

    protected Disclosure() {
    }

    public Disclosure(String exportId, Partner partner, Whose whose, Shared what, Instant at) {
        super(newId());
        this.exportId = Objects.requireNonNull(exportId);
        this.partner = Objects.requireNonNull(partner);
        this.recipientCategory = Objects.requireNonNull(what.recipientCategory());
        this.disclosed = new DisclosedData(what.categories(), what.purpose(), what.policyVersion());
        this.personId = whose.personId();
        this.addressHash = whose.addressHash();
        this.submissionId = whose.submissionId();
        this.disclosedAt = at;
    }

    public Partner partner() {
        return partner;
    }

    public String recipientCategory() {
        return recipientCategory;
    }

    /** Which categories went, for which purpose, under which policy version. */
    public DisclosedData disclosed() {
        return disclosed;
    }

    public String personId() {
        return personId;
    }

    public String addressHash() {
        return addressHash;
    }

    public Instant disclosedAt() {
        return disclosedAt;
    }

    /** The person and the record a disclosure was about. */
    public record Whose(String personId, String addressHash, String submissionId) {
    }

    /** What went: the categories, under which purpose, to which category of recipient, judged by which version. */
    public record Shared(String recipientCategory, List<String> categories, String purpose, String policyVersion) {
    }
}
