package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The service's one clock (UTC, the system's): every class that needs now injects it, so tests can set
 * it; nothing else reads the wall clock (ArchitectureTest.oneClock). To the microsecond: {@code Moments.now(clock)}.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock utc() {
        return Clock.systemUTC();
    }
}
