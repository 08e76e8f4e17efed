package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresDeepInTheChainAreRecognised() {
        assertTrue(DatabaseOutage.recognises(new PersistenceException("tx",
                new RuntimeException(new SQLTransientConnectionException("pool timed out")))));
        assertTrue(DatabaseOutage.recognises(new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseOutage.recognises(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseOutage.recognises(new IllegalStateException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))));
    }

    @Test
    void aTransactionBrokenOffByTheDatabaseIsWorthRetrying() {
        assertTrue(DatabaseOutage.brokenOff(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(DatabaseOutage.brokenOff(new PersistenceException(
                new SQLException("could not serialize access due to concurrent update", "40001"))));
        assertFalse(DatabaseOutage.recognises(new SQLException("deadlock detected", "40P01")), "no outage: jobs go on");
        assertFalse(DatabaseOutage.brokenOff(new SQLException("duplicate key value violates unique constraint", "23505")));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.recognises(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.recognises(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.recognises(null));
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.recognises(a));
    }

    @Test
    void aFailureIsDescribedByItsTypeAndTheDeepestMessageOnOneLine() {
        var failure = new PersistenceException("Exception [EclipseLink-4002]",
                new SQLException("Error in allocating a connection",
                        new SQLTransientConnectionException("Connection to 127.0.0.1:5432 refused.\n  Check the port.")));
        assertEquals("PersistenceException: Connection to 127.0.0.1:5432 refused. Check the port.",
                DatabaseOutage.describe(failure));
        assertEquals("IllegalStateException", DatabaseOutage.describe(new IllegalStateException()));
        assertTrue(DatabaseOutage.describe(new SQLException("x".repeat(1000))).length() < 350, "a long message is cut");
    }
}
