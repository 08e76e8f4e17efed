package com.psynergybilling.leads.platform.entity;

import java.util.List;

/** Lists a value is not whole without (a subject's address hashes, a disclosure's categories). */
public final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy of {@code items}, refused with {@code refusal} when it holds none. */
    public static <T> List<T> nonEmptyCopy(List<T> items, String refusal) {
        List<T> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(refusal);
        }
        return copy;
    }
}
