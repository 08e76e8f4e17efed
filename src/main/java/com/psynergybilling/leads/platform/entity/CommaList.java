package com.psynergybilling.leads.platform.entity;

import java.util.Arrays;
import java.util.List;

/**
 * A list of codes kept in one text column, joined by commas (categories, purposes, events, kinds):
 * written and read back one way. A code never holds a comma.
 */
public final class CommaList {

    private CommaList() {
    }

    public static String join(List<String> codes) {
        return String.join(",", codes);
    }

    /** The codes a column holds; none when it is null. */
    public static List<String> split(String column) {
        return column == null ? List.of() : Arrays.asList(column.split(","));
    }
}
