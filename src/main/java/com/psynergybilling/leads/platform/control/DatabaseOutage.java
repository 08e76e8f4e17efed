package com.psynergybilling.leads.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, unreachable, or
 * the pool exhausted past its bounded wait) from any other: such a failure is worth a 503 with
 * Retry-After, and a paused job round, not a 500 or a spent retry. A transaction the database broke
 * off ({@link #brokenOff}) is worth a 503 too, though not a pause.
 */
public final class DatabaseOutage {

    /** PostgreSQL's admin shutdown, crash shutdown and "cannot connect now" (starting up or shutting down). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    /** A serialization failure and a deadlock the database broke off. */
    private static final Set<String> BROKEN_OFF_STATES = Set.of("40001", "40P01");

    private static final int MAX_MESSAGE = 300;

    private DatabaseOutage() {
    }

    /**
     * Whether the database broke the transaction off to resolve a deadlock or a serialization conflict:
     * nothing of it was committed, and the same request succeeds when sent again (a job erasing a batch
     * of people and a person's own deletion request can, rarely, lock the same rows in opposite orders).
     */
    public static boolean brokenOff(Throwable failure) {
        return anyCause(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && BROKEN_OFF_STATES.contains(sql.getSQLState()));
    }

    public static boolean recognises(Throwable failure) {
        return anyCause(failure, DatabaseOutage::outage);
    }

    private static boolean outage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
            return true;
        }
        String type = t.getClass().getName();
        // Payara's pool: no connection within max-wait-time, or none could be made.
        if (type.endsWith(".PoolingException") || type.endsWith(".ResourceAllocationException")
                || type.equals("jakarta.resource.ResourceException")) {
            return true;
        }
        String message = t.getMessage();
        return message != null && message.startsWith("Error in allocating a connection");
    }

    /**
     * The failure's type and the deepest cause's message on one line ("PersistenceException: Connection
     * to 127.0.0.1:5432 refused. ..."): what an operator needs from the stack traces the pool and
     * EclipseLink no longer write (see persistence.xml and QuietPool).
     */
    public static String describe(Throwable failure) {
        String deepest = null;
        for (Throwable t : chain(failure)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t.getMessage();
            }
        }
        String line = deepest == null ? "" : ": " + deepest.replaceAll("\\s+", " ").strip();
        return failure.getClass().getSimpleName() + (line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line);
    }

    /** Whether the failure or anything in its chain of causes (and SQL next-exceptions) matches. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> matches) {
        return chain(failure).stream().anyMatch(matches);
    }

    /** The failure and its causes (and SQL next-exceptions), outermost first; a cycle ends it. */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            chain.add(t);
        }
        return chain;
    }

    /** SQLState class 08 is a connection exception; 57P0x is the server going away. */
    static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause();
    }
}
