package com.psynergybilling.leads.platform.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Group commit: units of work that arrive together are done together in one transaction, and each
 * caller gets its answer only after that transaction committed. A database commits one transaction
 * of twenty rows far cheaper than twenty of one (one commit record, one disk flush, one connection
 * and persistence context), and a burst of submissions is exactly that.
 *
 * <p>No thread of its own and no waiting for company: the caller whose work is queued when fewer than
 * {@code maxOpen} transactions are open leads, takes its own work and up to {@code maxBatch - 1} that
 * queued before it, runs them on its thread and hands each caller its result. Alone, a caller leads a
 * transaction of one at once; under load, work queues while the open transactions run, and the next
 * leader takes it in one.
 *
 * <p>A transaction of several works that fails (whichever work failed it, all are rolled back) tells
 * each caller to do its work alone ({@link #run} answers empty), so that one work's failure is its own
 * and no other's; except a failure that would fail each alone too ({@code shared}, such as the
 * database being out of reach), which every caller gets at once. A transaction of one work fails as
 * that work would alone.
 */
public final class GroupCommit {

    /** Runs the given works in order in one new transaction and returns their results; throws to roll all back. */
    public interface Transaction extends Function<List<Supplier<?>>, List<?>> {
    }

    private final Transaction transaction;
    private final int maxBatch;
    private final int maxOpen;
    private final Predicate<Throwable> shared;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Entry> queued = new ArrayDeque<>();
    private int open;

    public GroupCommit(Transaction transaction, int maxBatch, int maxOpen, Predicate<Throwable> shared) {
        if (maxBatch < 1 || maxOpen < 1) {
            throw new IllegalArgumentException("maxBatch and maxOpen must be at least 1");
        }
        this.transaction = transaction;
        this.maxBatch = maxBatch;
        this.maxOpen = maxOpen;
        this.shared = shared;
    }

    /**
     * Does {@code work} in a transaction shared with whatever work arrives at the same time, and
     * returns its result once committed; empty when the shared transaction failed and the caller must
     * do the work alone. Throws what the work's own transaction threw.
     */
    @SuppressWarnings("unchecked")
    public <R> Optional<R> run(Supplier<R> work) {
        var entry = new Entry(work, lock.newCondition());
        List<Entry> batch = null;
        boolean interrupted = false;
        lock.lock();
        try {
            queued.add(entry);
            // Wait until done by a leader, or until there is room to lead.
            while (!entry.done && (entry.taken || open >= maxOpen)) {
                try {
                    entry.signal.await();
                } catch (InterruptedException e) {
                    // The work may already be in a transaction: its caller must hear how it ended.
                    interrupted = true;
                }
            }
            if (!entry.done) {
                batch = take(entry);
            }
        } finally {
            lock.unlock();
        }
        if (batch != null) {
            lead(batch);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (entry.failure != null) {
            throw entry.failure;
        }
        return entry.alone ? Optional.empty() : Optional.of((R) entry.result);
    }

    /** How many works wait for a transaction to take them. */
    public int queued() {
        lock.lock();
        try {
            return queued.size();
        } finally {
            lock.unlock();
        }
    }

    /** The leader's own work first, then those queued longest, up to {@code maxBatch}. */
    private List<Entry> take(Entry leader) {
        queued.remove(leader);
        var batch = new ArrayList<Entry>(Math.min(maxBatch, queued.size() + 1));
        batch.add(leader);
        while (batch.size() < maxBatch && !queued.isEmpty()) {
            batch.add(queued.poll());
        }
        batch.forEach(taken -> taken.taken = true);
        open++;
        wakeNextLeader();
        return batch;
    }

    /** The work queued longest may lead while there is room: it alone is woken, not every waiter. */
    private void wakeNextLeader() {
        if (open < maxOpen && !queued.isEmpty()) {
            queued.peek().signal.signal();
        }
    }

    private void lead(List<Entry> batch) {
        List<?> results = null;
        RuntimeException failure = null;
        try {
            results = transaction.apply(batch.stream().<Supplier<?>>map(taken -> taken.work).toList());
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            // No answer, a short one, or an Error on its way through this thread: the callers still get one.
            if (failure == null && (results == null || results.size() != batch.size())) {
                failure = new IllegalStateException("a group's transaction ended without its results");
            }
            finish(batch, results, failure);
        }
    }

    /** Hands each caller its result and wakes it, under the lock, so that it sees the result when it wakes. */
    private void finish(List<Entry> batch, List<?> results, RuntimeException failure) {
        boolean ownFailure = failure != null && (batch.size() == 1 || shared.test(failure));
        lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                var entry = batch.get(i);
                if (failure == null) {
                    entry.result = results.get(i);
                } else if (ownFailure) {
                    entry.failure = failure;
                } else {
                    entry.alone = true;
                }
                entry.done = true;
                entry.signal.signal();
            }
            open--;
            wakeNextLeader();
        } finally {
            lock.unlock();
        }
    }

    private static final class Entry {
        final Supplier<?> work;
        /** Its caller waits on it alone: a group's end wakes its own callers and the next leader, no one else. */
        final Condition signal;
        boolean taken;
        boolean done;
        boolean alone;
        Object result;
        RuntimeException failure;

        Entry(Supplier<?> work, Condition signal) {
            this.work = work;
            this.signal = signal;
        }
    }
}
