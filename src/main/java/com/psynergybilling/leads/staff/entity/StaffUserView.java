package com.psynergybilling.leads.staff.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff user as administrators see it: never the password hash. */
@Schema(name = "StaffUser")
public record StaffUserView(
        @Schema(example = "jsmith") String username,
        @Schema(example = "[\"sales\"]") List<String> roles,
        Instant createdAt,
        @Schema(description = "when the user was disabled; absent while enabled") Instant disabledAt,
        boolean disabled) {

    public static StaffUserView of(StaffUser user) {
        return new StaffUserView(user.username(), user.roles().stream().map(Role::name).toList(), user.createdAt(),
                user.disabledAt(), user.disabled());
    }
}
