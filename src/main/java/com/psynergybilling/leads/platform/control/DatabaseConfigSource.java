package com.psynergybilling.leads.platform.control;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the datasource settings from {@code LEADS_DB_URL} so that one WAR runs on the embedded H2
 * file or on PostgreSQL with no rebuild. The {@code @DataSourceDefinition} reads the derived keys.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String DEFAULT_H2 = "jdbc:h2:file:./data/leads";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "leads.datasource.url", url(),
                "leads.datasource.driver", driver(),
                "leads.datasource.user", user(),
                "leads.datasource.password", password());
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case "leads.datasource.url" -> url();
            case "leads.datasource.driver" -> driver();
            case "leads.datasource.user" -> user();
            case "leads.datasource.password" -> password();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "leads-datasource";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    /** Whether the service runs on PostgreSQL (not the embedded H2). */
    public static boolean onPostgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    static String url() {
        return jdbcUrl(setting("LEADS_DB_URL"));
    }

    static String jdbcUrl(String configured) {
        if (configured.isBlank()) {
            configured = "jdbc:h2:file:" + Path.of("data", "leads").toAbsolutePath();
        }
        if (configured.startsWith("jdbc:h2:")) {
            // EclipseLink's IDENTITY handling and H2 2.x disagree unless H2 runs in legacy mode.
            return configured.contains(";MODE=") ? configured : configured + ";MODE=LEGACY";
        }
        if (configured.startsWith("jdbc:postgresql:")) {
            return withTimeouts(configured);
        }
        return configured;
    }

    /**
     * A stopped or unreachable PostgreSQL must fail a request within seconds, not the driver's 10 s
     * connect timeout or an endless read: connectTimeout 5 s, and socketTimeout 60 s (longer than any
     * query of the service) unless the URL sets them.
     */
    static String withTimeouts(String url) {
        String timed = url;
        if (!url.contains("connectTimeout=")) {
            timed += (timed.contains("?") ? "&" : "?") + "connectTimeout=5";
        }
        if (!url.contains("socketTimeout=")) {
            timed += "&socketTimeout=60";
        }
        return timed;
    }

    static String driver() {
        return driverFor(url());
    }

    static String driverFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.ds.PGSimpleDataSource";
        }
        throw new IllegalStateException("LEADS_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL");
    }

    static String user() {
        String user = setting("LEADS_DB_USER");
        return user.isBlank() ? (url().startsWith("jdbc:h2:") ? "leads" : "postgres") : user;
    }

    static String password() {
        String password = setting("LEADS_DB_PASSWORD");
        // An empty value would leave Payara's ${MPCONFIG=...} unresolved; trust authentication ignores it.
        return password.isEmpty() ? (url().startsWith("jdbc:h2:") ? "leads" : "-") : password;
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null ? "" : value.trim();
    }
}
