package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.DatabaseConfigSource;
import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import com.psynergybilling.leads.platform.control.DatabaseOutage;
import com.psynergybilling.leads.platform.control.StartRefusal;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Beans that use the
 * database at start declare {@code @DependsOn("Migrations")}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/leads",
        className = "${MPCONFIG=leads.datasource.driver}",
        url = "${MPCONFIG=leads.datasource.url}",
        user = "${MPCONFIG=leads.datasource.user}",
        password = "${MPCONFIG=leads.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 2,
        // A request waits at most a second for a pooled connection, and a pooled connection is checked
        // with Connection.isValid (a round trip; auto-commit validation never reaches PostgreSQL) at
        // most once a second: with the database gone, requests fail within 2 s and are answered 503
        // (DatabaseOutageMapper); once it is back, the first failed check replaces every connection.
        // Every connection has the same user, so the pool does not match a caller's credentials to one
        // (on every checkout, under a lock).
        properties = {"fish.payara.match-connections=false",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.max-wait-time-in-millis=1000",
                "fish.payara.fail-all-connections=true"})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    /**
     * Every database's migrations, and on PostgreSQL its own few besides (partial indexes, which H2
     * lacks), numbered between the shared ones (V28.1) so that the shared numbering goes on unbroken.
     */
    static final String[] LOCATIONS = DatabaseConfigSource.onPostgres()
            ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
            : new String[] {"classpath:db/migration"};

    @Resource(lookup = "java:app/jdbc/leads")
    DataSource dataSource;

    private volatile boolean done;

    @Inject
    @ConfigProperty(name = "leads.exit.on.refusal", defaultValue = Defaults.LEADS_EXIT_ON_REFUSAL)
    boolean exitOnRefusal;

    /**
     * A database Flyway refuses (a newer schema, a changed migration) or cannot reach fails the
     * deployment and ends the process with the cause on the log's last lines ({@link StartRefusal}).
     */
    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATIONS)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            boolean unreachable = DatabaseOutage.recognises(e);
            StartRefusal.endProcess(LOG, (unreachable ? "The database cannot be reached: "
                    : "The database schema cannot be brought up to date: ") + e.getMessage(),
                    unreachable ? StartRefusal.UNAVAILABLE : StartRefusal.CONFIG, exitOnRefusal);
            throw e;
        }
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        done = true;
    }

    public boolean done() {
        return done;
    }
}
