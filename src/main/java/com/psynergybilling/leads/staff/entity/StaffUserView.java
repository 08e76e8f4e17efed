package com.psynergybilling.leads.staff.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff user as administrators see it: never the password hash. */
@Schema(name = "StaffUser")
public class StaffUserView {

    @Schema(example = "jsmith")
    public String username;
    @Schema(example = "[\"sales\"]")
    public List<String> roles;
    public Instant createdAt;
    @Schema(description = "when the user was disabled; absent while enabled")
    public Instant disabledAt;
    public boolean disabled;

    public static StaffUserView of(StaffUser user) {
        var view = new StaffUserView();
        view.username = user.username();
        view.roles = user.roles().stream().map(Role::name).toList();
        view.createdAt = user.createdAt();
        view.disabledAt = user.disabledAt();
        view.disabled = user.disabled();
        return view;
    }
}
