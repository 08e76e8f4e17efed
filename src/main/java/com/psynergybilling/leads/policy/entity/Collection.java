package com.psynergybilling.leads.policy.entity;

import com.psynergybilling.leads.platform.entity.CommaList;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Why a record exists (R1): the form it came from, the categories it holds, the purposes it was
 * collected for, the policy version in force and when. Stored with every record of personal data.
 */
@Embeddable
public class Collection {

    private String sourceForm;

    private String categories;

    private String purposes;

    private String policyVersion;

    private Instant collectedAt;

    protected Collection() {
    }

    public Collection(String sourceForm, List<String> categories, List<String> purposes, String policyVersion,
                      Instant collectedAt) {
        if (categories.isEmpty() || purposes.isEmpty()) {
            throw new IllegalArgumentException("A collection needs its categories and purposes");
        }
        this.sourceForm = Objects.requireNonNull(sourceForm);
        this.categories = CommaList.join(categories);
        this.purposes = CommaList.join(purposes);
        this.policyVersion = Objects.requireNonNull(policyVersion);
        this.collectedAt = Objects.requireNonNull(collectedAt);
    }

    public String sourceForm() {
        return sourceForm;
    }

    public List<String> categories() {
        return CommaList.split(categories);
    }

    public List<String> purposes() {
        return CommaList.split(purposes);
    }

    public String policyVersion() {
        return policyVersion;
    }

    public Instant collectedAt() {
        return collectedAt;
    }
}
