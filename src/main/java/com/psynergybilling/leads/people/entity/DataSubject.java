package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.platform.entity.Lists;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose data a privacy request is about: the verified address, its keyed hash (how the
 * do-not-contact list, referred colleagues and the audit log know it) and the person's id when
 * the address belongs to a person we hold. {@code addressHashes} are its hashes under every key of
 * the ring, the current one ({@code addressHash}) first: records stored before a key rotation carry
 * an older one, so look-ups use them all.
 */
public record DataSubject(EmailAddress email, List<String> addressHashes, Optional<String> personId) {

    public DataSubject {
        Objects.requireNonNull(email);
        Objects.requireNonNull(personId);
        addressHashes = Lists.nonEmptyCopy(addressHashes, "a subject has at least the current key's hash");
    }

    public DataSubject(EmailAddress email, String addressHash, Optional<String> personId) {
        this(email, List.of(addressHash), personId);
    }

    /** The hash under the current key: what anything written now records. */
    public String addressHash() {
        return addressHashes.get(0);
    }
}
