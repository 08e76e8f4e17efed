package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who gave us their data through a form, known by their normalised address. */
@Entity
@Table(name = "people")
@NamedQuery(name = Person.BY_EMAIL, query = "select p from Person p where p.email = :email")
public class Person extends Identified {

    public static final String BY_EMAIL = "Person.byEmail";

    /** Null once the person is erased. */
    private String email;

    /** The keyed hash of the address, as the do-not-contact list keeps it (null on rows older than V7). */
    private String addressHash;

    private Instant unsubscribedAt;

    private Instant erasedAt;

    private boolean minor;

    private boolean saleSharingOptOut;

    private boolean partnerConsent;

    /** When partner-sharing consent was last withdrawn: consent given later covers later records only. */
    private Instant consentWithdrawnAt;

    private Instant createdAt;

    private Instant updatedAt;

    protected Person() {
    }

    public Person(EmailAddress email, String addressHash, Instant now) {
        super(newId());
        this.email = email.value();
        this.addressHash = addressHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new submission. {@code consentAnswer} is the form's answer to the partner-sharing question, null
     * when the form does not ask it: yes gives consent from now on; no withdraws consent given before
     * (R14, R21), as the person's latest word. A Global Privacy Control signal records an opt-out of
     * sale and sharing (R5), which no later form takes back.
     */
    public void submitted(Boolean consentAnswer, boolean globalPrivacyControl, Instant now) {
        if (Boolean.TRUE.equals(consentAnswer)) {
            partnerConsent = true;
        } else if (Boolean.FALSE.equals(consentAnswer) && partnerConsent) {
            withdrawConsent(now);
        }
        saleSharingOptOut = saleSharingOptOut || globalPrivacyControl;
        updatedAt = now;
    }

    /** Whether consent, as it stands, covers {@code submission}: collected with it and after the last withdrawal. */
    public boolean consentCovers(Submission submission) {
        return partnerConsent && submission.partnerSharingConsent() && (consentWithdrawnAt == null
                || submission.collection().collectedAt().isAfter(consentWithdrawnAt));
    }

    /** Promotional email stops at once (R12); a later form does not resubscribe anyone. */
    public void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
            updatedAt = now;
        }
    }

    /**
     * The person's data is gone (R20): the row keeps only its id and the facts that it was erased and
     * whether the person was a minor (R4), so audiences count them out. Not even the keyed hash: the
     * do-not-contact list keeps it where an opt-out needs it, and nothing links the row to an address.
     */
    public void erase(boolean wasMinor, Instant now) {
        email = null;
        addressHash = null;
        unsubscribedAt = null;
        minor = minor || wasMinor;
        partnerConsent = false;
        saleSharingOptOut = saleSharingOptOut || wasMinor;
        erasedAt = now;
        updatedAt = now;
    }

    /**
     * Consent-based uses (partner sharing) stop at once (R21); only a new form's consent brings them
     * back, and only for what that form and later ones collect.
     */
    public void withdrawConsent(Instant now) {
        partnerConsent = false;
        consentWithdrawnAt = now;
        updatedAt = now;
    }

    /** Never in a partner or third-party export again (R16); a later form does not take it back. */
    public void optOutOfSaleAndSharing(Instant now) {
        saleSharingOptOut = true;
        updatedAt = now;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** R4: the person turned out to be under 18; never sold or shared (R16), whether or not erased yet. */
    public void reportedMinor(Instant now) {
        minor = true;
        saleSharingOptOut = true;
        partnerConsent = false;
        updatedAt = now;
    }

    /** Filled in for rows written before the hash was kept. */
    public void hashedAs(String hash) {
        if (addressHash == null) {
            addressHash = hash;
        }
    }

    /** The address; an erased person has none. */
    public EmailAddress email() {
        if (email == null) {
            throw new IllegalStateException("An erased person has no address");
        }
        return new EmailAddress(email);
    }

    public String addressHash() {
        return addressHash;
    }

    public boolean unsubscribed() {
        return unsubscribedAt != null;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public boolean minor() {
        return minor;
    }

    public boolean partnerConsent() {
        return partnerConsent;
    }

    public boolean saleSharingOptOut() {
        return saleSharingOptOut;
    }
}
