package com.psynergybilling.leads.marketing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);

    private static Campaign draft() {
        return new Campaign("Spring", "Hello", "Text", null, new Audience(List.of(), List.of(), null), "mia", NOW);
    }

    @Test
    void aScheduledCampaignStartsOnlyWhenDue() {
        var campaign = draft();
        assertTrue(campaign.schedule(LATER));
        assertEquals(CampaignStatus.SCHEDULED, campaign.status());
        assertFalse(campaign.startIfDue(LATER.minusNanos(1000)), "not a moment early");
        assertNull(campaign.startedAt());
        assertTrue(campaign.startIfDue(LATER));
        assertEquals(CampaignStatus.SENDING, campaign.status());
        assertEquals(LATER, campaign.startedAt());
        assertFalse(campaign.startIfDue(LATER), "starts once");
        assertFalse(campaign.schedule(LATER.plusSeconds(1)), "only a draft is scheduled");
    }

    @Test
    void pausingAScheduledCampaignMakesItADraftAgain() {
        var campaign = draft();
        campaign.schedule(LATER);
        assertTrue(campaign.pause());
        assertEquals(CampaignStatus.DRAFT, campaign.status());
        assertNull(campaign.startAt());
        assertFalse(campaign.startIfDue(LATER), "a draft never starts by itself");
        assertTrue(campaign.start(NOW), "and can be sent at once");
    }

    @Test
    void theStartTimeMustBeAnInstantToCome() {
        var form = new SendForm();
        assertTrue(form.startAtErrors(NOW).isEmpty(), "absent: at once");
        form.startAt = LATER.toString();
        assertTrue(form.startAtErrors(NOW).isEmpty());
        assertEquals(LATER, form.start());
        form.startAt = NOW.toString();
        assertEquals("must be in the future", form.startAtErrors(NOW).get(0).message());
        form.startAt = "2026-12-01T04:00";
        assertEquals("startAt", form.startAtErrors(NOW).get(0).field(), "a time without its offset is refused");
        form.startAt = "2300-01-01T00:00:00Z";
        assertFalse(form.startAtErrors(NOW).isEmpty());
    }
}
