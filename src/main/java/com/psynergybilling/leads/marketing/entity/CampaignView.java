package com.psynergybilling.leads.marketing.entity;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign as marketing sees it: its state and how its mail stands. {@code recipients} were
 * queued so far; {@code queued} still wait (or are on their way), {@code held} of them while the
 * campaign is paused; {@code sent},
 * {@code failed} (refused for good), {@code unknown} (fate unknown after a crash, never resent) and
 * {@code skipped} by reason (at send time) are done. Of the sent, {@code bounced} came back as
 * undeliverable (a hard or a soft bounce) and {@code complained} drew a spam complaint. {@code startAt}
 * is when a SCHEDULED campaign starts by itself.
 */
@Schema(name = "Campaign")
public record CampaignView(String id, String name, String subject, CampaignStatus status, Instant createdAt,
                           Instant startAt, Instant startedAt, Instant finishedAt, boolean allQueued, long recipients,
                           long queued, long held, long sent, long failed, long unknown, Map<String, Long> skipped,
                           long bounced, long complained) {

    public CampaignView {
        skipped = new TreeMap<>(skipped);
    }

    public static CampaignView of(Campaign campaign, MailTally tally) {
        return new CampaignView(campaign.id(), campaign.name(), campaign.subject(), campaign.status(),
                campaign.createdAt(), campaign.startAt(), campaign.startedAt(), campaign.finishedAt(),
                campaign.queuedAll(), campaign.queued(), tally.waiting(), tally.held(), tally.sent(), tally.failed(),
                tally.unknown(), tally.skipped(), campaign.bounced(), campaign.complained());
    }
}
