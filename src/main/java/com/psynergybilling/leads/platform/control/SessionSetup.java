package com.psynergybilling.leads.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** The one session customizer persistence.xml can name: column names by convention, and no query retries. */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new ColumnNames().customize(session);
        new NoQueryRetry().customize(session);
    }
}
