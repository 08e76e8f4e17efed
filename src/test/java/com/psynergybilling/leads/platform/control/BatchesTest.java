package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void fullBatchesAreFollowedUntilAShortOne() {
        var answers = new ArrayDeque<>(List.of(3, 3, 1, 3));
        assertEquals(7, Batches.drain(answers::poll, 3, () -> false));
        assertEquals(1, answers.size(), "nothing after the short batch");
    }

    @Test
    void anEmptyFirstBatchIsTheOnlyOne() {
        var answers = new ArrayDeque<>(List.of(0, 3));
        assertEquals(0, Batches.drain(answers::poll, 3, () -> false));
        assertEquals(1, answers.size());
    }

    @Test
    void aStoppingApplicationEndsAfterTheBatchInHand() {
        var answers = new ArrayDeque<>(List.of(3, 3, 3));
        assertEquals(3, Batches.drain(answers::poll, 3, () -> true));
        assertEquals(2, answers.size());
    }
}
