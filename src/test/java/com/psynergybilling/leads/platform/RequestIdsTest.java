package com.psynergybilling.leads.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.JsonLogLines;
import com.psynergybilling.leads.platform.control.RequestIds;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneIncomingIdIsKeptAndAnythingElseReplaced() {
        assertEquals("lb-7f3a.42_x", RequestIds.accept("lb-7f3a.42_x"));
        for (String bad : new String[] {null, "", "a b", "x\r\nINFO: forged", "x".repeat(65), "<script>"}) {
            String id = RequestIds.accept(bad);
            assertNotEquals(bad, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
    }

    @Test
    void aJsonLogLineCarriesTheRequestIdAndStaysOneLine() {
        RequestIds.enter("req-1");
        try {
            var record = new LogRecord(Level.WARNING, "a \"quoted\"\nmessage {0}");
            record.setParameters(new Object[] {"here"});
            record.setLoggerName("leads.test");
            record.setThrown(new IllegalStateException("boom"));
            String line = new JsonLogLines().format(record);
            assertEquals(line.strip(), line.strip().lines().findFirst().orElseThrow());
            var json = Json.createReader(new StringReader(line)).readObject();
            assertEquals("req-1", json.getString("requestId"));
            assertEquals("WARNING", json.getString("level"));
            assertEquals("a \"quoted\"\nmessage here", json.getString("message"));
            assertTrue(json.getString("thrown").contains("boom"));
        } finally {
            RequestIds.leave();
        }
    }
}
