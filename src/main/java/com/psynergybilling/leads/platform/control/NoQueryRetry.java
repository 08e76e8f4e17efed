package com.psynergybilling.leads.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query that met a broken connection three times, five seconds apart: with
 * the database stopped a request hung for half a minute before its error. The pool's bounded wait
 * and the driver's timeouts decide instead, and the caller answers 503 at once (DatabaseOutage).
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
