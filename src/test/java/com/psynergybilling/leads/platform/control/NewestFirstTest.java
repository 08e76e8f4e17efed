package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.marketing.entity.Campaign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewestFirstTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static TestDatabase db;
    /** Names, newest first: two share a time, so the id breaks the tie. */
    static final List<String> newestFirst = new ArrayList<>();

    @BeforeAll
    static void campaigns() {
        db = new TestDatabase();
        var made = new ArrayList<Campaign>();
        db.inTransaction(em -> {
            for (int i = 0; i < 5; i++) {
                var campaign = new Campaign("c" + i, "Hello", "Text", null, new Audience(List.of(), List.of(), null),
                        "mia", T0.plusSeconds(i == 4 ? 3 : i));
                em.persist(campaign);
                made.add(campaign);
            }
        });
        made.sort((a, b) -> a.createdAt().equals(b.createdAt()) ? b.id().compareTo(a.id())
                : b.createdAt().compareTo(a.createdAt()));
        made.forEach(c -> newestFirst.add(c.name()));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void pagesWalkEveryRowOnceNewestFirst() {
        var walked = new ArrayList<String>();
        var em = db.open();
        try {
            String cursor = null;
            int pages = 0;
            do {
                List<Campaign> found = NewestFirst.page(em, Campaign.class, cursor, 2 + 1);
                found.stream().limit(2).forEach(c -> walked.add(c.name()));
                cursor = NewestFirst.next(found, 2, Campaign::createdAt, Campaign::id);
                pages++;
            } while (cursor != null);
            assertEquals(3, pages);
        } finally {
            em.close();
        }
        assertEquals(newestFirst, walked);
    }

    @Test
    void theLastPageHasNoNextCursor() {
        assertNull(NewestFirst.next(List.of("a", "b"), 2, s -> T0, s -> s));
    }

    @Test
    void aCursorNotGivenOutIsA400() {
        var em = db.open();
        try {
            for (String bad : List.of("nonsense", "MTox", "")) {
                var refused = assertThrows(ProblemException.class, () -> NewestFirst.page(em, Campaign.class, bad, 3));
                assertEquals(400, refused.problem().status, bad);
            }
        } finally {
            em.close();
        }
    }
}
