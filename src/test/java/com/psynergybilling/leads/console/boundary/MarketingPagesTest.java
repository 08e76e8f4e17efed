package com.psynergybilling.leads.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.marketing.entity.CampaignStatus;
import com.psynergybilling.leads.marketing.entity.CampaignView;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketingPagesTest {

    @Test
    void progressShowsWhatCameBackAsWellAsWhatWent() {
        var at = Instant.parse("2026-11-01T10:00:00Z");
        var view = new CampaignView("c1", "Spring", "Hello", CampaignStatus.FINISHED, at, null, at, at, true, 1250,
                0, 0, 1200, 3, 1, Map.of("UNSUBSCRIBED", 46L), 17, 2);

        var scope = MarketingPages.progress(view);

        assertEquals("1,200", scope.get("sent"));
        assertEquals("46", scope.get("skipped"));
        assertEquals("17", scope.get("bounced"));
        assertEquals("2", scope.get("complained"));
        assertEquals(1250L, scope.get("done"));
    }
}
