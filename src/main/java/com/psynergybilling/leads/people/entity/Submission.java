package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** One form as a person sent it, and why we hold it (R1). */
@Entity
@Table(name = "submissions")
public class Submission extends Identified {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Embedded
    private Collection collection;

    private String fullName;
    private String phone;
    private String organization;
    private String businessAddress;
    private String practiceSpecialty;
    private Integer providerCount;
    private String productInterest;
    private String comments;
    private String pageUrl;
    private String clientAddress;
    private String userAgent;
    private boolean partnerSharingConsent;
    private boolean gpcSeen;
    /** Set by an import (written there in JDBC batches): which one, and when. */
    @Column(insertable = false, updatable = false)
    private String importId;
    @Column(insertable = false, updatable = false)
    private java.time.Instant importedAt;
    /** Set when a legal hold kept this record from an erasure: it serves that obligation only (R20). */
    @Column(insertable = false, updatable = false)
    private java.time.Instant restrictedAt;

    protected Submission() {
    }

    public Submission(Person person, SubmittedData data, boolean partnerSharingConsent, Collection collection) {
        this(person, data, partnerSharingConsent, false, collection);
    }

    /** {@code gpcSeen}: the form came with {@code Sec-GPC: 1} (R5), which its consent receipt shows. */
    public Submission(Person person, SubmittedData data, boolean partnerSharingConsent, boolean gpcSeen,
                      Collection collection) {
        super(newId());
        this.person = Objects.requireNonNull(person);
        this.collection = Objects.requireNonNull(collection);
        this.fullName = data.fullName();
        this.phone = data.phone();
        this.organization = data.organization();
        this.businessAddress = data.businessAddress();
        this.practiceSpecialty = data.practiceSpecialty();
        this.providerCount = data.providerCount();
        this.productInterest = data.productInterest();
        this.comments = data.comments();
        this.pageUrl = data.pageUrl();
        this.clientAddress = data.clientAddress();
        this.userAgent = data.userAgent();
        this.partnerSharingConsent = partnerSharingConsent;
        this.gpcSeen = gpcSeen;
    }

    /** The import that brought it in, if one did. */
    public java.util.Optional<String> importId() {
        return java.util.Optional.ofNullable(importId);
    }

    /** When an import brought it in, if one did. */
    public java.util.Optional<java.time.Instant> importedAt() {
        return java.util.Optional.ofNullable(importedAt);
    }

    /** Since when a legal hold alone keeps this record, if one does (R20); set by {@code People.restrict}. */
    public java.util.Optional<java.time.Instant> restrictedAt() {
        return java.util.Optional.ofNullable(restrictedAt);
    }

    /**
     * Whether nothing but the legal obligation that keeps it may use this record: a hold kept it from an
     * erasure (R20), or its person was reported as a minor (R4), whose data a hold may keep but nobody uses.
     */
    public boolean keptForObligationOnly() {
        return restrictedAt != null || person.minor();
    }

    /**
     * R20: every personal field goes; the collection record (form, categories, purposes, policy
     * version, time) stays, so that audiences can count the erased out.
     */
    public void deidentify() {
        fullName = null;
        phone = null;
        organization = null;
        businessAddress = null;
        practiceSpecialty = null;
        providerCount = null;
        productInterest = null;
        comments = null;
        pageUrl = null;
        clientAddress = null;
        userAgent = null;
        partnerSharingConsent = false;
        gpcSeen = false;
    }

    /**
     * R19: replaces the values the person corrected, where this submission holds one: a correction
     * fixes what we keep and never adds a field that the form did not collect (R1). Whether anything changed.
     */
    public boolean correct(Correction correction) {
        String before = Arrays.asList(fullName, phone, organization, businessAddress, practiceSpecialty,
                providerCount).toString();
        fullName = corrected(fullName, correction.fullName());
        phone = corrected(phone, correction.phone());
        organization = corrected(organization, correction.organization());
        businessAddress = corrected(businessAddress, correction.businessAddress());
        practiceSpecialty = corrected(practiceSpecialty, correction.practiceSpecialty());
        providerCount = corrected(providerCount, correction.providerCount());
        return !before.equals(Arrays.asList(fullName, phone, organization, businessAddress,
                practiceSpecialty, providerCount).toString());
    }

    /** Whether this submission holds any field the correction names (whatever its value). */
    public boolean holdsAny(Correction correction) {
        return held(fullName, correction.fullName()) || held(phone, correction.phone())
                || held(organization, correction.organization()) || held(businessAddress, correction.businessAddress())
                || held(practiceSpecialty, correction.practiceSpecialty())
                || held(providerCount, correction.providerCount());
    }

    private static boolean held(Object held, Object correction) {
        return held != null && correction != null;
    }

    private static <T> T corrected(T held, T correction) {
        return held != null && correction != null ? correction : held;
    }

    /** The personal fields this submission holds, by the names the policy's forms give them. */
    public Map<String, Object> fields() {
        return new SubmittedData(person.erased() ? null : person.email(), fullName, phone, organization,
                businessAddress, practiceSpecialty, providerCount, productInterest, comments, pageUrl, clientAddress,
                userAgent).values();
    }

    public Person person() {
        return person;
    }

    public Collection collection() {
        return collection;
    }

    public String fullName() {
        return fullName;
    }

    public String phone() {
        return phone;
    }

    public String organization() {
        return organization;
    }

    public String businessAddress() {
        return businessAddress;
    }

    public String practiceSpecialty() {
        return practiceSpecialty;
    }

    public Integer providerCount() {
        return providerCount;
    }

    public String productInterest() {
        return productInterest;
    }

    public String comments() {
        return comments;
    }

    public String pageUrl() {
        return pageUrl;
    }

    public boolean partnerSharingConsent() {
        return partnerSharingConsent;
    }

    public boolean gpcSeen() {
        return gpcSeen;
    }
}
