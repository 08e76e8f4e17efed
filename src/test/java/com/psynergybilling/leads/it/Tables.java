package com.psynergybilling.leads.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The service's database as the tests see it over JDBC (LEADS_DB_URL, which the service under test
 * uses too; on H2 through AUTO_SERVER): row counts of every table, and a search of every text column.
 */
public final class Tables {

    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR,
            Types.NVARCHAR, Types.NCHAR, Types.NCLOB, Types.LONGNVARCHAR);

    private Tables() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv("LEADS_DB_URL");
        String user = System.getenv("LEADS_DB_USER");
        String password = System.getenv("LEADS_DB_PASSWORD");
        if (url.startsWith("jdbc:h2:")) {
            return DriverManager.getConnection(url + ";MODE=LEGACY", "leads", "leads");
        }
        return DriverManager.getConnection(url, user == null || user.isBlank() ? "postgres" : user,
                password == null || password.isBlank() ? "-" : password);
    }

    /** The application's tables (Flyway's history aside), by lower-case name. */
    public static List<String> names(Connection db) throws SQLException {
        var names = new ArrayList<String>();
        boolean h2 = db.getMetaData().getURL().startsWith("jdbc:h2:");
        try (var tables = db.getMetaData().getTables(null, h2 ? "PUBLIC" : "public", "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("flyway")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    public static Map<String, Long> counts() {
        try (var db = connect()) {
            var counts = new TreeMap<String, Long>();
            for (String table : names(db)) {
                try (var rows = db.createStatement().executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table.column whose text holds {@code needle}, ignoring case. */
    public static List<String> holding(String needle) {
        try (var db = connect()) {
            var found = new ArrayList<String>();
            boolean h2 = db.getMetaData().getURL().startsWith("jdbc:h2:");
            for (String table : names(db)) {
                try (var columns = db.getMetaData().getColumns(null, h2 ? "PUBLIC" : "public",
                        h2 ? table.toUpperCase(Locale.ROOT) : table, "%")) {
                    while (columns.next()) {
                        if (!TEXT.contains(columns.getInt("DATA_TYPE"))) {
                            continue;
                        }
                        String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        try (var query = db.prepareStatement("select count(*) from " + table + " where lower("
                                + column + ") like ?")) {
                            query.setString(1, "%" + needle.toLowerCase(Locale.ROOT) + "%");
                            try (var rows = query.executeQuery()) {
                                rows.next();
                                if (rows.getLong(1) > 0) {
                                    found.add(table + "." + column);
                                }
                            }
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One value of a query with text parameters, or null. */
    public static String value(String sql, String... parameters) {
        try (var db = connect(); var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an update with one text parameter; returns the rows it changed. */
    public static int update(String sql, String parameter) {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * People whose contact state (V26) is missing or differs from what its sources say now, in the
     * facts that need no policy: every writer the tests drove must have kept it (a stale state mails
     * someone who said no, R12). The promotional judgement is checked by the unit tests.
     */
    public static void assertContactStatesKept() {
        // Every writer the tests drove kept the people's contact states (V26), which audiences read. The
        // database is shared by the classes that ran before: a test that sets a person's facts in SQL
        // sets their contact state too, as the writer it stands in for would.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), contactStateDrift(),
                "people whose contact state is not what its sources say");
    }

    static List<String> contactStateDrift() {
        String listed = "(p.address_hash is not null and exists (select 1 from do_not_contact d"
                + " where d.address_hash = p.address_hash and d.kind = '%s'))";
        String sql = "select p.id from people p left join contact_states c on c.person_id = p.id"
                + " where c.person_id is null"
                + " or c.submitted <> (exists (select 1 from submissions s where s.person_id = p.id))"
                + " or c.minor <> p.minor"
                + " or c.erased <> (p.erased_at is not null)"
                + " or c.unsubscribed <> (p.unsubscribed_at is not null)"
                + " or c.complained <> " + listed.formatted("COMPLAINED")
                + " or c.bounced <> " + listed.formatted("BOUNCED")
                + " or c.no_promotions <> " + listed.formatted("NO_PROMOTIONS")
                + " or c.has_lead <> (exists (select 1 from submissions s where s.person_id = p.id"
                + " and s.source_form not in ('REFERRAL_REFERRER', 'REFERRAL_COLLEAGUE')))";
        try (var db = connect(); var rows = db.createStatement().executeQuery(sql)) {
            var drift = new ArrayList<String>();
            while (rows.next()) {
                drift.add(rows.getString(1));
            }
            return drift;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
