package com.psynergybilling.leads.platform.control;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Work a job does in batches, each in a transaction of its own: a batch that comes back full may
 * have left more behind, so another follows; a short one means nothing is left.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code batch} (which answers how many it did) until one does fewer than {@code size} or
     * {@code stop} says the application is going; how many they did in all.
     */
    public static long drain(IntSupplier batch, int size, BooleanSupplier stop) {
        long total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == size && !stop.getAsBoolean());
        return total;
    }
}
