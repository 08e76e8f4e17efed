package com.psynergybilling.leads.people.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** An address as we key people by it: trimmed and lower-cased, checked for a sane shape. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    /** Plain addresses only: no display names, comments, quoted parts or IP literals. */
    public static final String PATTERN =
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.contains("..") || value.startsWith(".") || value.contains(".@")) {
            throw new IllegalArgumentException("not a valid email address");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.trim().toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
