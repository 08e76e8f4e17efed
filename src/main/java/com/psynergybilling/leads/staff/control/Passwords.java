package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Staff passwords as Jakarta Security's PBKDF2 hashes. A check costs tens of milliseconds by design,
 * so a successful check is remembered for a minute (under a key only this process knows) and a
 * sales tool polling with Basic does not pay it on every request.
 */
@ApplicationScoped
public class Passwords {

    private static final Duration REMEMBER = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Clock clock;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();
    private SecretKeySpec memoryKey;
    private String dummyHash;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        memoryKey = new SecretKeySpec(key, "HmacSHA256");
        dummyHash = pbkdf2.generate("no user has this password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        String key = memoryKey(password, storedHash);
        Instant seen = recentlyVerified.get(key);
        if (seen != null && seen.plus(REMEMBER).isAfter(Moments.now(clock))) {
            return true;
        }
        boolean valid = pbkdf2.verify(password.toCharArray(), storedHash);
        if (valid) {
            if (recentlyVerified.size() >= MAX_REMEMBERED) {
                recentlyVerified.clear();
            }
            recentlyVerified.put(key, Moments.now(clock));
        }
        return valid;
    }

    /** Spends the same time as a real check, so an unknown user cannot be told apart by timing. */
    public void verifyNobody(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }

    private String memoryKey(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(memoryKey);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
