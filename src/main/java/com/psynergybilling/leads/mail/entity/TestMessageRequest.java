package com.psynergybilling.leads.mail.entity;

import com.psynergybilling.leads.people.entity.ValidEmail;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's test message: where to, and an optional line of text to carry. */
@Schema(name = "TestMessageRequest")
public class TestMessageRequest {

    @Schema(example = "it-desk@psynergybilling.com")
    @NotNull
    @ValidEmail
    public String to;

    @Schema(example = "Checking the mail path after the relay change.")
    @Size(max = 500)
    public String text;
}
