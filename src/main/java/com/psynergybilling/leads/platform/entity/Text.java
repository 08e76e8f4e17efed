package com.psynergybilling.leads.platform.entity;

/** The shapes of free text a form may carry. */
public final class Text {

    /** No control characters at all (CR, LF, NUL, ...), nor Unicode line or paragraph separators. */
    public static final String SINGLE_LINE = "[^\\p{Cntrl}\\u0085\\u2028\\u2029]*";
    /** Line breaks and tabs allowed; every other control character refused. */
    public static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String SINGLE_LINE_MESSAGE = "must be a single line without control characters";
    public static final String MULTI_LINE_MESSAGE = "must not contain control characters";
    /**
     * A person's name: letters (any script), marks, digits, spaces and the punctuation names use.
     * Markup and template syntax ({@code <script>}, <code>{{ }}</code>, {@code ${ }}) never fit.
     */
    public static final String NAME = "[\\p{L}\\p{M}\\p{N} .,'\u2019()&/-]*";
    public static final String NAME_MESSAGE = "may hold letters, digits, spaces and . , ' ( ) & / - only";
    public static final String WEB_URL = "https?://[^\\s\\p{Cntrl}]+";

    private Text() {
    }

    /**
     * At most {@code max} characters, cut rather than refused: a reason or a note the service writes
     * itself must fit its column, and losing its tail is better than losing the row. Null stays null.
     */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Trimmed, or null when nothing is left: an empty form field means "not given". */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
