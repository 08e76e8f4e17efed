package com.psynergybilling.leads.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only template language staff get: {@code {{name}}} for a few known names, filled in one pass.
 * No partials, sections, files, configuration or environment: there is nothing to reach but the
 * values given, and a value is never read as a template, so {{...}} typed into a form stays text.
 */
public final class Placeholders {

    /** What a staff template may use: Basic Identifiers, which promotional email may use (R3, R11). */
    public static final Set<String> NAMES = Set.of("fullName", "organization", "unsubscribeUrl");
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{?\\s*([^{}]*?)\\s*}?}}");
    private static final Pattern OPEN = Pattern.compile("\\{\\{");
    /** Compiled once: a campaign fills its body for every message. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Placeholders() {
    }

    /** What is wrong with {@code template}: every tag that is not a known name, or a stray {{. */
    public static List<String> problems(String template) {
        var problems = new TreeSet<String>();
        Matcher tags = TAG.matcher(template);
        int tagCount = 0;
        while (tags.find()) {
            tagCount++;
            String name = tags.group(1);
            if (!NAMES.contains(name) || tags.group().startsWith("{{{")) {
                problems.add("unknown placeholder " + tags.group() + "; use one of {{fullName}}, {{organization}},"
                        + " {{unsubscribeUrl}}");
            }
        }
        if (OPEN.matcher(template).results().count() != tagCount) {
            problems.add("an opened {{ is never closed");
        }
        return new ArrayList<>(problems);
    }

    /** Fills every known placeholder with its value passed through {@code escape}; missing values are empty. */
    public static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        if (!problems(template).isEmpty()) {
            throw new IllegalArgumentException("a staff template with unknown placeholders");
        }
        Matcher tags = TAG.matcher(template);
        var out = new StringBuilder();
        while (tags.find()) {
            String value = values.getOrDefault(tags.group(1), "");
            tags.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        tags.appendTail(out);
        return out.toString();
    }

    public static String html(String value) {
        var out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '=' -> out.append("&#61;");
                case '`' -> out.append("&#96;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A text body shown as HTML: escaped, blank lines between paragraphs, single breaks kept. */
    public static String paragraphs(String text) {
        var out = new StringBuilder();
        for (String paragraph : BLANK_LINE.split(text.strip())) {
            out.append("<p>").append(LINE_BREAK.matcher(html(paragraph.strip())).replaceAll("<br>\n")).append("</p>\n");
        }
        return out.toString();
    }
}
