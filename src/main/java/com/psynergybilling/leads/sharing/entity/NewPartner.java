package com.psynergybilling.leads.sharing.entity;

import com.psynergybilling.leads.intake.entity.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator sends to register a business partner. */
@Schema(name = "NewPartner")
public class NewPartner {

    /** One line: the name lands in CSV files, logs and access reports. */
    @Schema(required = true, maxLength = 200, example = "Acme Practice Consulting LLC")
    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String name;
}
