package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's keys for address hashes and signed links: {@code LEADS_SECRET} (or else one generated
 * on the first start and kept in the database, so that every node hashes an address alike), and the
 * older keys of {@code LEADS_SECRET_PREVIOUS}, which still find and accept what they made. At start the
 * keys are checked against the fingerprints the database records ({@link KeyCheck}).
 */
@ApplicationScoped
public class Secret {

    static final String SETTING = "secret";
    static final String FINGERPRINTS = "secret-fingerprints";

    @Inject
    @ConfigProperty(name = "leads.secret")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "leads.secret.previous")
    Optional<String> previous;

    @PersistenceContext
    EntityManager em;

    private volatile KeyRing ring;

    /** Settles configured keys without the database; for tests and tools. */
    public void configure(Optional<String> value) {
        configure(value.orElseThrow(), null);
    }

    /** Settles a current and comma-separated previous keys without the database; for tests and tools. */
    public void configure(String current, String previousKeys) {
        ring = KeyRing.of(current, previousKeys);
    }

    /**
     * Settles the keys and checks them against the database's fingerprints; runs in a transaction at
     * start and throws {@link KeyCheck.Refused} when the keys do not open this database.
     */
    public void settle() {
        String current = configured.filter(s -> !s.isBlank()).orElseGet(this::storedOrNew);
        KeyRing candidate = KeyRing.of(current, previous.orElse(null));
        Setting stored = em.find(Setting.class, FINGERPRINTS);
        List<Fingerprint> recorded = stored == null ? List.of() : Arrays.stream(stored.value().split(" "))
                .map(Fingerprint::parse).flatMap(Optional::stream).toList();
        List<Fingerprint> next = KeyCheck.check(recorded, candidate);
        if (recorded.isEmpty() || !recorded.get(0).matches(current)) {
            String value = next.stream().map(Fingerprint::toString).collect(Collectors.joining(" "));
            if (stored == null) {
                em.persist(new Setting(FINGERPRINTS, value));
            } else {
                stored.change(value);
            }
            em.flush();
        }
        ring = candidate;
    }

    private String storedOrNew() {
        Setting stored = em.find(Setting.class, SETTING);
        if (stored != null) {
            return stored.value();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        var created = new Setting(SETTING, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        em.persist(created);
        em.flush();
        return created.value();
    }

    /** HMAC-SHA256 of {@code value} under the current key, as hex: for everything stored or signed now. */
    public String keyedHash(String value) {
        return ring().hash(value);
    }

    /**
     * HMAC-SHA256 of {@code value} under every key, the current one first: what a look-up of a stored
     * hash must try, since hashes stored before a rotation were made with an older key.
     */
    public List<String> keyedHashes(String value) {
        return ring().hashes(value);
    }

    /** Whether {@code given} is the keyed hash of {@code value} under any key, in constant time. */
    public boolean verifies(String value, String given) {
        return ring().verifies(value, given);
    }

    /** How many keys the ring holds: more than one while an older key is still configured. */
    public int keyCount() {
        return ring().size();
    }

    private KeyRing ring() {
        KeyRing settled = ring;
        if (settled == null) {
            throw new IllegalStateException("The secret is settled at start, before any request");
        }
        return settled;
    }
}
