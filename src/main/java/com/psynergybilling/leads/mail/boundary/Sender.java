package com.psynergybilling.leads.mail.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * One of a node's outbox senders, between its rounds: which node and sender it claims as, the
 * outcomes the database could not take yet, and whether a round was cut short and left claims.
 */
final class Sender {

    private final String node;
    private final int index;
    private final List<Outcome> pending = new ArrayList<>();
    private boolean interrupted;

    Sender(String node, int index) {
        this.node = node;
        this.index = index;
    }

    String node() {
        return node;
    }

    int index() {
        return index;
    }

    /** Records what waits; throws (and keeps it) while the database is still away. */
    void flush(Dispatches dispatches) {
        if (!pending.isEmpty()) {
            dispatches.record(node, List.copyOf(pending));
            pending.clear();
        }
    }

    void keep(List<Outcome> outcomes) {
        pending.addAll(outcomes);
        interrupted = true;
    }

    void interrupt() {
        interrupted = true;
    }

    boolean interrupted() {
        return interrupted;
    }

    void resumed() {
        interrupted = false;
    }
}
