package com.psynergybilling.leads.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While the database is out of reach, Payara's connection pool warns of every connection it fails to
 * make, three times and each with a stack trace: a half-minute outage under load wrote over 200,000
 * lines. The service says it itself, once: readiness goes down, each job logs that it pauses and runs
 * again, and the 503s make a line every ten seconds, each naming the cause's message. So the pool's
 * three loggers keep only their SEVERE messages while the application runs. (Payara's pre-boot
 * set-log-levels would also do it, but it replaces the server's log format with the JDK's.)
 */
@WebListener
public class QuietPool implements ServletContextListener {

    static final List<String> LOGGERS = List.of(
            "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi",
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors");

    /** Held, so the loggers (and their levels) are not collected; and restored when the application goes. */
    private final Map<Logger, Level> before = new LinkedHashMap<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            before.put(logger, logger.getLevel());
            logger.setLevel(Level.SEVERE);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        before.forEach(Logger::setLevel);
        before.clear();
    }
}
