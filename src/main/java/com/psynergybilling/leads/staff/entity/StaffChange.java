package com.psynergybilling.leads.staff.entity;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a staff user: disable or enable, and or a new password. Absent fields stay as they are. */
@Schema(name = "StaffChange")
public class StaffChange {

    @Schema(description = "true disables the user (refused at once everywhere), false enables it again")
    public Boolean disabled;

    @Schema(description = "a new password; ends the user's console sessions", minLength = 12, maxLength = 128)
    @Size(min = 12, max = 128, message = "must be 12 to 128 characters")
    public String password;
}
