package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's key for address hashes and tokens: {@code LEADS_SECRET}, or else one generated on
 * the first start and kept in the database, so that every node hashes an address alike.
 */
@ApplicationScoped
public class Secret {

    static final String SETTING = "secret";

    @Inject
    @ConfigProperty(name = "leads.secret")
    Optional<String> configured;

    @PersistenceContext
    EntityManager em;

    private volatile SecretKeySpec key;

    /** Settles a configured key without the database; for tests and tools. */
    public void configure(Optional<String> value) {
        configured = value;
        settle();
    }

    /** Settles the key; runs in a transaction at start. */
    public void settle() {
        String value = configured.filter(s -> !s.isBlank()).orElseGet(this::storedOrNew);
        key = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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

    /** HMAC-SHA256 of {@code value} under the key, as hex. */
    public String keyedHash(String value) {
        if (key == null) {
            throw new IllegalStateException("The secret is settled at start, before any request");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
