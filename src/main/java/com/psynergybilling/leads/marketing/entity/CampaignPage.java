package com.psynergybilling.leads.marketing.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of campaigns, newest first; {@code nextCursor} fetches the next (absent on the last). */
@Schema(name = "CampaignPage")
public record CampaignPage(
        List<CampaignView> items,
        @Schema(description = "pass as cursor for the next page; absent on the last page") String nextCursor) {
}
