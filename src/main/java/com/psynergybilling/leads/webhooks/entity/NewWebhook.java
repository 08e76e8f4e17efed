package com.psynergybilling.leads.webhooks.entity;

import com.psynergybilling.leads.platform.entity.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator sends to register a webhook endpoint. */
@Schema(name = "NewWebhook")
public class NewWebhook {

    static final String EVENT = "demo-request\\.received|demo-request\\.updated|person\\.erased|person\\.opted-out";

    @Schema(required = true, maxLength = 200, example = "Our CRM")
    @NotBlank
    @SingleLine(max = 200)
    public String name;

    @Schema(required = true, maxLength = 2000, example = "https://crm.example.com/hooks/leads",
            description = "https, on a host whose every address is public (unless LEADS_WEBHOOK_ALLOW_PRIVATE)")
    @NotBlank
    @Size(max = 2000)
    public String url;

    @Schema(required = true, example = "[\"demo-request.received\", \"demo-request.updated\"]",
            description = "Events to receive. person.erased and person.opted-out reach every endpoint that "
                    + "received the person, listed or not.")
    @NotEmpty
    @Size(max = 4)
    public List<@NotNull @Pattern(regexp = EVENT, message = "must be one of demo-request.received, "
            + "demo-request.updated, person.erased, person.opted-out") String> events;

    /** The events, each once, in the order of {@link Events#ALL}. */
    public List<String> eventList() {
        return Events.ALL.stream().filter(events::contains).toList();
    }
}
