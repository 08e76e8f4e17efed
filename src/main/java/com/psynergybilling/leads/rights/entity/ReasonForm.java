package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.platform.entity.MultiLine;
import com.psynergybilling.leads.platform.entity.Normalizable;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the privacy officer extends a request's due date; the requester is told. */
@Schema(name = "PrivacyExtension")
public class ReasonForm implements Normalizable {

    @Schema(required = true, maxLength = 1000, example = "The request needs records from an archive.")
    @NotBlank
    @MultiLine(max = 1000)
    public String reason;
}
