package com.psynergybilling.leads;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real persistence unit and the real migrations on an in-memory H2, outside the container, so
 * that mappings and queries are checked in seconds. As a test's field with {@code @RegisterExtension},
 * a fresh one per test that closes itself after it.
 */
public final class TestDatabase implements AutoCloseable, AfterEachCallback {

    private final String url;
    private final EntityManagerFactory factory;

    public TestDatabase() {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("leads", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "WARNING"));
    }

    /** The same database as a DataSource, as the container's pool gives it. */
    public javax.sql.DataSource dataSource() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    /** A plain JDBC connection to the same database, for reading the schema itself. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    public EntityManager open() {
        return factory.createEntityManager();
    }

    /** Runs {@code work} in one committed transaction on a fresh persistence context. */
    public void inTransaction(Consumer<EntityManager> work) {
        inTransactionOf(em -> {
            work.accept(em);
            return null;
        });
    }

    /** As {@link #inTransaction}, answering what {@code work} answers. */
    public <T> T inTransactionOf(Function<EntityManager, T> work) {
        EntityManager em = open();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            discard(em);
        }
    }

    /** Rolls back what {@code em} has not committed and closes it. */
    public static void discard(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @Override
    public void close() {
        factory.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
