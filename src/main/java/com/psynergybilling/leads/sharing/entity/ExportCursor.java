package com.psynergybilling.leads.sharing.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Where a page of an export ended: the last person's id (exports walk people in id order), opaque to callers. */
public record ExportCursor(String personId) {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(personId.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for anything that is not a cursor this service made */
    public static ExportCursor decode(String token) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new ExportCursor(id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
