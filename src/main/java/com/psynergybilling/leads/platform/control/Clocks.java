package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The service's clock, injected where time decides something, so tests can set it. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock utc() {
        return Clock.systemUTC();
    }
}
