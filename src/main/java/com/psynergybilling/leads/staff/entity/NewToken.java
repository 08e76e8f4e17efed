package com.psynergybilling.leads.staff.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewToken")
public class NewToken {

    @Schema(example = "CRM sync")
    @Size(max = 100)
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
    public String label;
}
