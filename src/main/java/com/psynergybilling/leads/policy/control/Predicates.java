package com.psynergybilling.leads.policy.control;

import com.psynergybilling.leads.policy.entity.CategoryRule;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.UseRule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@link Policy#judge} rendered as SQL over a table that carries the collection record's columns
 * ({@code categories}, {@code purposes}, {@code policy_version}), so that an audience or an export
 * of a million people is chosen in the database by the very rule that judges one record. Per version
 * the record was collected under: collected for the use's purpose, holding at least one category
 * the use touches that this version lets serve the purpose (and reach the recipient), and none that
 * it forbids. A unit test holds the two to the same answers.
 */
final class Predicates {

    /** Codes and versions are inlined; only these shapes are, so nothing in a policy file becomes SQL. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_]{0,29}");

    private Predicates() {
    }

    static String render(UseRule use, List<Policy> versions, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        var perVersion = new ArrayList<String>();
        for (Policy version : versions) {
            var allowed = new TreeSet<String>();
            var forbidden = new TreeSet<String>();
            for (String category : use.categories()) {
                (permits(version.categories().get(category), use) ? allowed : forbidden).add(category);
            }
            if (allowed.isEmpty()) {
                continue;
            }
            var clause = new StringBuilder()
                    .append(alias).append(".policy_version = ").append(literal(version.version()))
                    .append(" and ").append(holds(alias, "purposes", use.purpose()))
                    .append(" and (").append(allowed.stream().map(c -> holds(alias, "categories", c))
                            .collect(Collectors.joining(" or "))).append(')');
            forbidden.forEach(c -> clause.append(" and not ").append(holds(alias, "categories", c)));
            perVersion.add("(" + clause + ")");
        }
        return perVersion.isEmpty() ? "(1 = 0)" : "(" + String.join(" or ", perVersion) + ")";
    }

    private static boolean permits(CategoryRule row, UseRule use) {
        return row != null && row.purposes().contains(use.purpose())
                && (use.recipient() == null || row.recipients().contains(use.recipient()));
    }

    /** Whether a comma-joined list column holds {@code code} as one whole item. */
    private static String holds(String alias, String column, String code) {
        return "(',' || " + alias + "." + column + " || ',') like " + literal("%," + code + ",%");
    }

    private static String literal(String value) {
        String bare = value.replace("%", "").replace(",", "");
        if (!CODE.matcher(bare).matches()) {
            throw new IllegalArgumentException("A policy code or version that cannot be used in a query: " + value);
        }
        return "'" + value + "'";
    }
}
