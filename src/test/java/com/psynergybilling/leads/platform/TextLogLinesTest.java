package com.psynergybilling.leads.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.RequestIds;
import com.psynergybilling.leads.platform.control.TextLogLines;
import java.time.Instant;
import java.util.ListResourceBundle;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextLogLinesTest {

    /**
     * A container formatter stand-in: time, level, logger, message and any stack trace's first line. Like
     * Payara's ODLLogFormatter it answers formatMessage with the whole line.
     */
    static final Formatter CONTAINER = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return "[" + record.getInstant() + "] [" + record.getLevel() + "] [" + record.getLoggerName() + "] ["
                    + record.getLongThreadID() + "] " + super.formatMessage(record)
                    + (record.getThrown() == null ? "" : " | " + record.getThrown()) + "\n";
        }

        @Override
        public String formatMessage(LogRecord record) {
            return format(record);
        }
    };

    private final TextLogLines lines = new TextLogLines(CONTAINER);

    @AfterEach
    void leave() {
        RequestIds.leave();
    }

    static LogRecord record() {
        var record = new LogRecord(Level.WARNING, "import {0} failed: {1}");
        record.setParameters(new Object[] {"i-7", "a 'quoted' reason"});
        record.setLoggerName("leads.imports");
        record.setInstant(Instant.parse("2026-12-01T10:00:00Z"));
        record.setLongThreadID(42);
        record.setThrown(new IllegalStateException("boom"));
        return record;
    }

    @Test
    void aLineWrittenWhileARequestIsServedCarriesItsIdAndTheRestAsTheContainerWritesIt() {
        RequestIds.enter("req-1");
        var record = record();
        assertEquals("[2026-12-01T10:00:00Z] [WARNING] [leads.imports] [42] [requestId=req-1] import i-7 failed: "
                + "a 'quoted' reason | java.lang.IllegalStateException: boom\n", lines.format(record));
        assertEquals("import {0} failed: {1}", record.getMessage(), "the record shared with other handlers is untouched");
        assertEquals(2, record.getParameters().length);
    }

    @Test
    void aLineOutsideARequestCarriesNoId() {
        var record = record();
        assertEquals(CONTAINER.format(record), lines.format(record));
        assertFalse(lines.format(record).contains("requestId"));
        RequestIds.enter("req-2");
        RequestIds.leave();
        assertEquals(CONTAINER.format(record), lines.format(record), "the id ends with its request");
    }

    @Test
    void aLocalizedMessageIsLookedUpBeforeTheIdGoesInFront() {
        RequestIds.enter("req-3");
        var record = new LogRecord(Level.INFO, "AS-WEB-00001");
        record.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"AS-WEB-00001", "Loading application {0}"}};
            }
        });
        record.setParameters(new Object[] {"leads"});
        String line = lines.format(record);
        assertTrue(line.contains("] [requestId=req-3] Loading application leads\n"), line);
    }
}
