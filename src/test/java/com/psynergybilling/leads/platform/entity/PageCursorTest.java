package com.psynergybilling.leads.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void roundTrips() {
        var cursor = new PageCursor(Instant.parse("2026-11-29T08:00:00.123456Z"), "5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11");
        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[]{"", "not-a-cursor", "MTox", "!!!"}) {
            assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(bad), bad);
        }
    }
}
