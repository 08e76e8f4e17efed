package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuietLogTest {

    private final Logger logger = Logger.getLogger(QuietLogTest.class.getName());
    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(handler);
    }

    @Test
    void theFirstIsLoggedThenOneLinePerIntervalCountingTheOthers() {
        var nanos = new AtomicLong(1_000);
        var log = new QuietLog(logger, Duration.ofSeconds(10), nanos::get);

        log.warning("Answered 503");
        log.warning("Answered 503");
        log.warning("Answered 503");
        assertEquals(List.of("Answered 503"), lines, "within the interval the others are only counted");

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        log.warning("Answered 503");
        assertEquals("Answered 503 (and 2 more like it since the last such line; see the access log)", lines.get(1));

        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        log.warning("Answered 503");
        assertEquals(List.of("Answered 503", lines.get(1), "Answered 503"), lines, "nothing held back: no count");
    }

    @Test
    void whenTheCauseIsGoneTheWarningsHeldBackAreCountedOnceInALastLine() {
        var nanos = new AtomicLong(1_000);
        var log = new QuietLog(logger, Duration.ofSeconds(10), nanos::get);
        log.ended("Back");
        assertEquals(List.of(), lines, "nothing held back, nothing to say");

        log.warning("Answered 503");
        log.warning("Answered 503");
        log.warning("Answered 503");
        log.ended("Back");
        log.ended("Back");

        assertEquals(List.of("Answered 503", "Back (2 more warnings like the last one since it; see the access log)"),
                lines);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        log.warning("Answered 503");
        assertEquals("Answered 503", lines.get(2), "the next outage's first line counts none twice");
    }
}
