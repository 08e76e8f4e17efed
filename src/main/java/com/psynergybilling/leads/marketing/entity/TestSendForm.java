package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.people.entity.ValidEmail;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a campaign's test message goes: a staff address (the sender's own domain). */
@Schema(name = "CampaignTestForm")
public class TestSendForm {

    @Schema(required = true, example = "marketing@psynergybilling.com")
    @NotNull
    @ValidEmail
    public String to;
}
