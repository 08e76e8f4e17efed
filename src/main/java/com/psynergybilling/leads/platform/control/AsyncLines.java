package com.psynergybilling.leads.platform.control;

import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands lines to one writer thread, so that the threads serving requests neither format nor write them,
 * nor queue behind each other on a log handler's lock (the access log, one line per request, made
 * 32 concurrent requests wait on the console handler for about two request threads' worth of time).
 * Nothing is dropped: when the queue is full, or after {@link #close}, a line is written by its own
 * thread, as it was before. Lines are written in the order they were handed over, except those.
 *
 * @param <L> a line, with whatever its writer needs (the request id it belongs to)
 */
public final class AsyncLines<L> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AsyncLines.class.getName());
    private static final int BATCH = 256;

    private final BlockingQueue<L> queue;
    private final Consumer<L> write;
    private final Thread writer;
    private volatile boolean open = true;

    /** Starts the writer on a thread of {@code threads}; {@code write} runs on that thread (or on a caller's, see above). */
    public AsyncLines(int capacity, Consumer<L> write, ThreadFactory threads) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.write = write;
        this.writer = threads.newThread(this::drain);
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes {@code line} soon on the writer thread, or now on this one when the writer cannot take it. */
    public void add(L line) {
        if (!open || !queue.offer(line)) {
            write.accept(line);
        } else if (!open) {
            // Closed while this line went in: the writer may be gone, so whatever is left is written here.
            for (L left = queue.poll(); left != null; left = queue.poll()) {
                writeSafely(left);
            }
        }
    }

    private void drain() {
        var batch = new ArrayList<L>(BATCH);
        while (open || !queue.isEmpty()) {
            try {
                L first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                batch.forEach(this::writeSafely);
                batch.clear();
            } catch (InterruptedException stop) {
                open = false;
            }
        }
    }

    private void writeSafely(L line) {
        try {
            write.accept(line);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A log line could not be written", e);
        }
    }

    /** Writes what is still queued and stops the writer; later lines are written by their own threads. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Whatever the writer left (it did not finish in time): written here, not lost.
        for (L line = queue.poll(); line != null; line = queue.poll()) {
            writeSafely(line);
        }
    }
}
