package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    /** What each transaction was given, and whether it committed, in order. */
    private final List<List<String>> committed = Collections.synchronizedList(new ArrayList<>());

    /** Held shut by a test, the next transaction waits in it before doing its works. */
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** The caller whose transaction {@link #queuedBehindFirst} holds busy. */
    private CompletableFuture<Optional<String>> first;

    /** Opened when the first transaction has begun. */
    private final CountDownLatch entered = new CountDownLatch(1);

    private GroupCommit group(int maxBatch, int maxOpen) {
        return new GroupCommit(works -> {
            entered.countDown();
            await(gate);
            var results = works.stream().map(work -> (String) work.get()).toList();
            committed.add(results);
            return results;
        }, maxBatch, maxOpen, failure -> failure instanceof IllegalStateException);
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aCallerAloneCommitsAtOnceInATransactionOfItsOwn() {
        var group = group(32, 2);

        assertEquals(Optional.of("a"), group.run(() -> "a"));
        assertEquals(Optional.of("b"), group.run(() -> "b"));

        assertEquals(List.of(List.of("a"), List.of("b")), committed);
    }

    @Test
    void worksThatArriveWhileTheTransactionsAreBusyCommitTogetherAndAreAnsweredAfterThatCommit() throws Exception {
        var group = group(32, 1);
        var later = queuedBehindFirst(group, "w0", "w1", "w2", "w3", "w4");
        gate.countDown();

        assertEquals(Optional.of("first"), first.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.of("w" + i), later.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, committed.size(), "one transaction for the first, one for the five that queued: " + committed);
        assertEquals(5, committed.get(1).size());
    }

    @Test
    void aTransactionTakesAtMostMaxBatchWorks() throws Exception {
        var group = group(3, 1);
        var later = queuedBehindFirst(group, "w0", "w1", "w2", "w3", "w4", "w5", "w6");

        gate.countDown();

        for (var each : later) {
            assertTrue(each.get(10, TimeUnit.SECONDS).isPresent());
        }
        assertEquals(8, committed.stream().mapToInt(List::size).sum());
        assertTrue(committed.stream().allMatch(batch -> batch.size() <= 3), committed.toString());
    }

    /** Each caller is woken alone: a lost wake-up would leave one waiting for good, with room to lead. */
    @Test
    void manyCallersAtOnceAreEachAnsweredWithTheirOwnResult() throws Exception {
        var group = group(4, 2);
        var answers = new ArrayList<CompletableFuture<List<Optional<String>>>>();
        for (int c = 0; c < 32; c++) {
            String caller = "c" + c;
            answers.add(CompletableFuture.supplyAsync(() -> {
                var mine = new ArrayList<Optional<String>>();
                for (int i = 0; i < 200; i++) {
                    String work = caller + "-" + i;
                    mine.add(group.run(() -> work));
                }
                return mine;
            }, callers));
        }
        for (int c = 0; c < 32; c++) {
            var mine = answers.get(c).get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 200; i++) {
                assertEquals(Optional.of("c" + c + "-" + i), mine.get(i));
            }
        }
        assertEquals(32 * 200, committed.stream().mapToInt(List::size).sum());
        assertTrue(committed.stream().allMatch(batch -> batch.size() <= 4), "batches over the maximum");
        assertEquals(0, group.queued());
    }

    @Test
    void aCallerInterruptedWhileItsWorkWaitsStillGetsItsResultAndKeepsTheInterrupt() throws Exception {
        var group = group(32, 1);
        gate = new CountDownLatch(1);
        first = call(group, "first");
        await(entered);
        var interrupted = new CompletableFuture<Boolean>();
        var waiter = new Thread(() -> {
            Optional<String> result = group.run(() -> "late");
            interrupted.complete(result.equals(Optional.of("late")) && Thread.currentThread().isInterrupted());
        });
        waiter.start();
        waitUntil(() -> group.queued() == 1);
        waiter.interrupt();
        // waiting again, the interrupt taken in: its own transaction must not run interrupted
        waitUntil(() -> !waiter.isInterrupted() && waiter.getState() == Thread.State.WAITING);
        gate.countDown();

        assertTrue(interrupted.get(10, TimeUnit.SECONDS), "answered with its result, its interrupt kept");
    }

    @Test
    void whenOneWorkFailsATransactionOfSeveralNothingOfItCommitsAndEachCallerIsToldToTryAlone() throws Exception {
        var group = group(32, 1);
        var later = queuedBehindFirst(group, "x", "boom", "y");

        gate.countDown();

        assertEquals(Optional.of("first"), first.get(10, TimeUnit.SECONDS));
        for (var each : later) {
            assertEquals(Optional.empty(), each.get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(List.of("first")), committed);
    }

    @Test
    void aFailureEachWouldMeetAloneReachesEveryCallerOfTheTransaction() throws Exception {
        var group = group(32, 1);
        var later = queuedBehindFirst(group, "x", "down");

        gate.countDown();

        for (var each : later) {
            var failure = assertThrows(ExecutionException.class, () -> each.get(10, TimeUnit.SECONDS));
            assertEquals("the database is down", failure.getCause().getMessage());
        }
    }

    @Test
    void aTransactionOfOneFailsAsTheWorkWouldAlone() {
        var group = group(32, 2);

        var failure = assertThrows(RuntimeException.class, () -> group.run(() -> work("boom")));

        assertEquals("boom", failure.getMessage());
        assertEquals(List.of(), committed);
        assertEquals(Optional.of("after"), group.run(() -> "after"), "the group goes on");
    }

    /**
     * Holds the group's one transaction busy with the work "first", queues a caller per result behind it
     * and returns their answers to come; the test opens {@link #gate} to let the transaction go on.
     */
    private List<CompletableFuture<Optional<String>>> queuedBehindFirst(GroupCommit group, String... results)
            throws InterruptedException {
        gate = new CountDownLatch(1);
        first = call(group, "first");
        await(entered);
        var later = Arrays.stream(results).map(result -> call(group, result)).toList();
        waitUntil(() -> group.queued() == results.length);
        assertTrue(later.stream().noneMatch(CompletableFuture::isDone), "nobody is answered before a commit");
        return later;
    }

    private CompletableFuture<Optional<String>> call(GroupCommit group, String result) {
        return CompletableFuture.supplyAsync(() -> group.run(() -> work(result)), callers);
    }

    /** A work: "boom" fails on its own, "down" as the database being down would; anything else is its result. */
    private static String work(String result) {
        if (result.equals("boom")) {
            throw new RuntimeException("boom");
        }
        if (result.equals("down")) {
            throw new IllegalStateException("the database is down");
        }
        return result;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the test never opened the gate");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.get()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached within 10 s");
            Thread.sleep(5);
        }
    }
}
