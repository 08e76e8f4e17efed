package com.psynergybilling.leads.policy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.policy.entity.CategoryRule;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.UseRule;
import com.psynergybilling.leads.policy.entity.Uses;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule rendered as SQL chooses exactly the records that the rule, judging one at a time, permits. */
class PredicatesTest {

    private static final Policy BUNDLED = PolicyBook.bundled().get(0);
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    @DisplayName("R3, R11: the SQL predicate of every use selects what judge permits, record by record, over two versions")
    void sqlAgreesWithJudgeForEveryUse() throws SQLException {
        // An older version whose table lets Basic Identifiers serve neither Communicating with You nor
        // reach Business Partners: records collected under it are judged by it, in SQL too.
        Policy older = narrowed(BUNDLED, "2020-01-01");
        var book = new PolicyBook();
        var versions = List.of(older, BUNDLED);
        book.versions = versions;
        List<Collection> records = records(versions);
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            db.createStatement().execute("create table records (id int primary key, categories varchar(400),"
                    + " purposes varchar(400), policy_version varchar(40))");
            try (var insert = db.prepareStatement("insert into records values (?, ?, ?, ?)")) {
                for (int i = 0; i < records.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, String.join(",", records.get(i).categories()));
                    insert.setString(3, String.join(",", records.get(i).purposes()));
                    insert.setString(4, records.get(i).policyVersion());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            for (String use : BUNDLED.uses().keySet()) {
                var selected = new HashSet<Integer>();
                try (var rows = db.createStatement().executeQuery(
                        "select r.id from records r where " + book.predicate(use, "r"))) {
                    while (rows.next()) {
                        selected.add(rows.getInt(1));
                    }
                }
                var permitted = new HashSet<Integer>();
                for (int i = 0; i < records.size(); i++) {
                    if (book.judge(use, records.get(i)).permitted()) {
                        permitted.add(i);
                    }
                }
                assertEquals(permitted, selected, use);
                if (use.equals(Uses.PROMOTIONAL_EMAIL)) {
                    assertTrue(!permitted.isEmpty() && permitted.size() < records.size(), "the test must tell them apart");
                }
            }
        }
    }

    @Test
    void nothingOutsideTheCodeShapesBecomesSql() {
        Policy hostile = new Policy("1' or '1'='1", BUNDLED.title(), BUNDLED.purposes(), BUNDLED.recipients(),
                BUNDLED.categories(), BUNDLED.forms(), BUNDLED.uses(), BUNDLED.deletionExceptions());
        UseRule promo = BUNDLED.use(Uses.PROMOTIONAL_EMAIL).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> Predicates.render(promo, List.of(hostile), "s"));
        assertThrows(IllegalArgumentException.class, () -> Predicates.render(promo, List.of(BUNDLED), "s; drop"));
    }

    private static Policy narrowed(Policy policy, String version) {
        var categories = new HashMap<>(policy.categories());
        CategoryRule basic = categories.get("BASIC_IDENTIFIERS");
        var purposes = new HashSet<>(basic.purposes());
        purposes.remove("COMMUNICATING_WITH_YOU");
        var recipients = new HashSet<>(basic.recipients());
        recipients.remove("BUSINESS_PARTNERS");
        categories.put(basic.code(), new CategoryRule(basic.code(), basic.name(), purposes, recipients));
        return new Policy(version, policy.title(), policy.purposes(), policy.recipients(), categories,
                policy.forms(), policy.uses(), policy.deletionExceptions());
    }

    /** Every subset of the table's categories, with a few purpose lists, under each version and an unknown one. */
    private static List<Collection> records(List<Policy> versions) {
        // Every category, in a fixed order: a map's key order changes from run to run, and a subset of the
        // categories chosen by it made the test pass or fail by chance.
        List<String> categories = List.copyOf(new TreeSet<>(BUNDLED.categories().keySet()));
        List<List<String>> purposeLists = List.of(
                List.of("PROVIDING_THE_SERVICE"),
                List.of("COMMUNICATING_WITH_YOU", "MARKETING", "PROVIDING_THE_SERVICE"),
                List.of("WITH_CONSENT", "COMMUNICATING_WITH_YOU"),
                List.of("REFERRALS"),
                List.copyOf(BUNDLED.purposes().keySet()));
        var versionNames = new ArrayList<String>();
        versions.forEach(v -> versionNames.add(v.version()));
        versionNames.add("1999-01-01");
        var records = new ArrayList<Collection>();
        int subsets = 1 << categories.size();
        for (int mask = 1; mask < subsets; mask++) {
            var held = new ArrayList<String>();
            for (int bit = 0; bit < categories.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                    held.add(categories.get(bit));
                }
            }
            for (List<String> purposes : purposeLists) {
                for (String version : versionNames) {
                    records.add(new Collection("DEMO_REQUEST", held, purposes, version, AT));
                }
            }
        }
        return records;
    }

}
