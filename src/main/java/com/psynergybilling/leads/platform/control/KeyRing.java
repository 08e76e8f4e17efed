package com.psynergybilling.leads.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's keys: the current one makes every new address hash and signature; the previous ones
 * (an operator rotating {@code LEADS_SECRET}) still find what they made. Values are HMAC-SHA256 as hex.
 */
public final class KeyRing {

    private final List<String> values;
    private final List<SecretKeySpec> keys;

    private KeyRing(List<String> values) {
        this.values = List.copyOf(values);
        this.keys = values.stream().map(v -> new SecretKeySpec(v.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).toList();
    }

    /** {@code current} first, then the comma-separated {@code previous} keys (blank entries ignored). */
    public static KeyRing of(String current, String previous) {
        if (current == null || current.isBlank()) {
            throw new IllegalArgumentException("The current key is blank");
        }
        var values = new ArrayList<String>();
        values.add(current);
        if (previous != null) {
            for (String key : previous.split(",")) {
                String trimmed = key.trim();
                if (!trimmed.isEmpty() && !values.contains(trimmed)) {
                    values.add(trimmed);
                }
            }
        }
        return new KeyRing(values);
    }

    /** HMAC of {@code value} under the current key. */
    public String hash(String value) {
        return hmac(keys.get(0), value);
    }

    /** HMAC of {@code value} under every key, the current one first: what a look-up must try. */
    public List<String> hashes(String value) {
        return keys.stream().map(key -> hmac(key, value)).toList();
    }

    /** Whether {@code given} is the HMAC of {@code value} under any key, compared in constant time. */
    public boolean verifies(String value, String given) {
        byte[] bytes = given.getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String expected : hashes(value)) {
            found |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), bytes);
        }
        return found;
    }

    public int size() {
        return keys.size();
    }

    /** The raw keys, current first; only for fingerprinting them. */
    List<String> values() {
        return values;
    }

    private static String hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
