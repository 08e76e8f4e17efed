package com.psynergybilling.leads.sales.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sales user's change to a request; absent fields stay as they are, an empty note clears it. */
@Schema(name = "DemoRequestChange")
public class DemoRequestChange {

    @Schema(example = "CONTACTED", enumeration = {"NEW", "CONTACTED", "QUALIFIED", "DISQUALIFIED", "CLOSED"})
    @Pattern(regexp = "NEW|CONTACTED|QUALIFIED|DISQUALIFIED|CLOSED",
            message = "must be one of NEW, CONTACTED, QUALIFIED, DISQUALIFIED, CLOSED")
    public String status;

    @Schema(example = "Called, demo booked for Tuesday.")
    @Size(max = 2000)
    public String note;

    public DemoRequestStatus statusValue() {
        return status == null ? null : DemoRequestStatus.valueOf(status);
    }
}
