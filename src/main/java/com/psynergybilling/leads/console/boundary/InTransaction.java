package com.psynergybilling.leads.console.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** The console's pages are servlets; this is where their calls into the controls get a transaction. */
@ApplicationScoped
public class InTransaction {

    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    @Transactional
    public void run(Runnable work) {
        work.run();
    }
}
