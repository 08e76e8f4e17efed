package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;

/**
 * The life of a job that runs one round at a time on {@link Repeating}: a {@code ...Job} startup
 * singleton extends this, calls {@link #repeat} from its own {@code @PostConstruct} (or not, when it
 * has nothing to do on this node), and its rounds stop before the application goes. (No method here is
 * final: the EJB container subclasses the singleton for its view and must override them all.)
 */
public abstract class RepeatingJob {

    @Resource
    private ManagedThreadFactory threads;

    private Repeating repeating;

    /** Runs {@code round} once {@code first} has passed, then {@code every} after each run ends. */
    protected void repeat(String name, Duration every, Duration first, Runnable round) {
        repeating = new Repeating(threads, name, every, round);
        repeating.start(first);
    }

    /** Brings the next round forward to now, for work that has just arrived on this node ({@link Repeating#nudge}). */
    protected void nudge() {
        if (repeating != null) {
            repeating.nudge();
        }
    }

    /** Whether the application is going: a round of many batches stops between two of them. */
    protected boolean stopping() {
        return repeating != null && repeating.stopped();
    }

    @PreDestroy
    private void stopRepeating() {
        if (repeating != null) {
            repeating.stop();
        }
    }
}
