package com.psynergybilling.leads.sales.entity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page of newest-first requests ended: the last one's time and id, opaque to callers. */
public record Cursor(Instant receivedAt, String id) {

    public String encode() {
        String raw = receivedAt.getEpochSecond() + ":" + receivedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for anything that is not a cursor this service made */
    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            if (parts.length != 3 || parts[2].length() != 36) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
