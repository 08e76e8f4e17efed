package com.psynergybilling.leads.policy.entity;

import com.psynergybilling.leads.platform.entity.CommaList;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * What one disclosure gave a recipient outside the company (R15): which categories of a person's data,
 * for which purpose, judged by which policy version; never the values themselves. A partner export's
 * disclosure and a webhook delivery each keep one in their own columns {@code categories},
 * {@code purpose} and {@code policy_version}, so both are read back the same way. A notice that carries
 * no personal data names no categories.
 */
@Embeddable
public class DisclosedData {

    /** A delivery that disclosed nothing; what a row with none of the three columns set reads as. */
    public static final DisclosedData NOTHING = new DisclosedData(List.of(), null, null);

    /** Comma-separated; null when no category went. */
    private String categories;

    private String purpose;

    private String policyVersion;

    protected DisclosedData() {
    }

    /** {@code categories} null or empty: nothing personal went. */
    public DisclosedData(List<String> categories, String purpose, String policyVersion) {
        this.categories = categories == null || categories.isEmpty() ? null : CommaList.join(categories);
        this.purpose = purpose;
        this.policyVersion = policyVersion;
    }

    /** Empty when nothing personal went. */
    public List<String> categories() {
        return CommaList.split(categories);
    }

    public String purpose() {
        return purpose;
    }

    public String policyVersion() {
        return policyVersion;
    }
}
