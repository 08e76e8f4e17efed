package com.psynergybilling.leads.people.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose data a privacy request is about: the verified address, its keyed hash (how the
 * do-not-contact list, referred colleagues and the audit log know it) and the person's id when
 * the address belongs to a person we hold.
 */
public record DataSubject(EmailAddress email, String addressHash, Optional<String> personId) {

    public DataSubject {
        Objects.requireNonNull(email);
        Objects.requireNonNull(addressHash);
        Objects.requireNonNull(personId);
    }
}
