package com.psynergybilling.leads.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone who gave us their data through a form, known by their normalised address. */
@Entity
@Table(name = "people")
@NamedQuery(name = Person.BY_EMAIL, query = "select p from Person p where p.email = :email")
public class Person {

    public static final String BY_EMAIL = "Person.byEmail";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "sale_sharing_opt_out", nullable = false)
    private boolean saleSharingOptOut;

    @Column(name = "partner_consent", nullable = false)
    private boolean partnerConsent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
    }

    public Person(EmailAddress email, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.email = email.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new submission: consent given in it counts from now on, and a Global Privacy Control signal
     * records an opt-out of sale and sharing (R5). Neither is taken back by a later form's silence.
     */
    public void submitted(boolean partnerConsentGiven, boolean globalPrivacyControl, Instant now) {
        partnerConsent = partnerConsent || partnerConsentGiven;
        saleSharingOptOut = saleSharingOptOut || globalPrivacyControl;
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public boolean partnerConsent() {
        return partnerConsent;
    }

    public boolean saleSharingOptOut() {
        return saleSharingOptOut;
    }
}
