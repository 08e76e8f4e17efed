package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AsyncLinesTest {

    private record Written(int line, String thread) {
    }

    @Test
    void linesAreWrittenInOrderByTheWriterThreadAndNoneIsLeftAfterClose() {
        var written = new CopyOnWriteArrayList<Written>();
        var lines = new AsyncLines<Integer>(1000, n -> written.add(new Written(n, Thread.currentThread().getName())),
                task -> new Thread(task, "writer"));
        IntStream.range(0, 500).forEach(lines::add);
        lines.close();
        assertEquals(IntStream.range(0, 500).boxed().toList(), written.stream().map(Written::line).toList());
        assertTrue(written.stream().allMatch(w -> w.thread().equals("writer")), "written by the writer thread");
    }

    @Test
    void aFullQueueIsNotALostLine() throws InterruptedException {
        var written = new CopyOnWriteArrayList<Written>();
        var release = new CountDownLatch(1);
        var writing = new CountDownLatch(1);
        var lines = new AsyncLines<Integer>(2, n -> {
            if (n == 0) {
                writing.countDown();
                await(release);
            }
            written.add(new Written(n, Thread.currentThread().getName()));
        }, task -> new Thread(task, "writer"));
        lines.add(0);
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        // The writer is stuck on line 0: two lines fill the queue, the third is written by this thread at once.
        lines.add(1);
        lines.add(2);
        lines.add(3);
        assertEquals(List.of(new Written(3, Thread.currentThread().getName())), written);
        release.countDown();
        lines.close();
        assertEquals(List.of(3, 0, 1, 2), written.stream().map(Written::line).toList());
    }

    @Test
    void afterCloseTheCallerWrites() {
        var written = new CopyOnWriteArrayList<String>();
        var lines = new AsyncLines<Integer>(10, n -> written.add(Thread.currentThread().getName()),
                task -> new Thread(task, "writer"));
        lines.close();
        lines.add(1);
        assertEquals(List.of(Thread.currentThread().getName()), written);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
