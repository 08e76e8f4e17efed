package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    void emptyUrlMeansTheH2FileUnderData() {
        String url = DatabaseConfigSource.jdbcUrl("");
        assertTrue(url.startsWith("jdbc:h2:file:/") && url.endsWith("/data/leads;MODE=LEGACY"), url);
    }

    @Test
    void h2GetsLegacyModeUnlessAModeIsGiven() {
        assertEquals("jdbc:h2:mem:x;MODE=LEGACY", DatabaseConfigSource.jdbcUrl("jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:mem:x;MODE=PostgreSQL", DatabaseConfigSource.jdbcUrl("jdbc:h2:mem:x;MODE=PostgreSQL"));
    }

    @Test
    void postgresqlGetsBoundedTimeoutsUnlessTheUrlSetsThem() {
        assertEquals("jdbc:postgresql://db/leads?connectTimeout=5&socketTimeout=60",
                DatabaseConfigSource.jdbcUrl("jdbc:postgresql://db/leads"));
        assertEquals("jdbc:postgresql://db/leads?ssl=true&connectTimeout=5&socketTimeout=60",
                DatabaseConfigSource.jdbcUrl("jdbc:postgresql://db/leads?ssl=true"));
        assertEquals("jdbc:postgresql://db/leads?socketTimeout=5&connectTimeout=1",
                DatabaseConfigSource.jdbcUrl("jdbc:postgresql://db/leads?socketTimeout=5&connectTimeout=1"));
    }

    @Test
    void theDataSourceClassFollowsTheUrl() {
        assertEquals("org.postgresql.ds.PGSimpleDataSource", DatabaseConfigSource.driverFor("jdbc:postgresql://db/x"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", DatabaseConfigSource.driverFor("jdbc:h2:file:/tmp/x"));
        assertThrows(IllegalStateException.class, () -> DatabaseConfigSource.driverFor("jdbc:mysql://db/x"));
    }
}
