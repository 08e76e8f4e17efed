package com.psynergybilling.leads.staff.entity;

import com.psynergybilling.leads.people.entity.ValidEmail;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewStaffUser")
public class NewStaffUser {

    @Schema(example = "jsmith", pattern = "^[a-z0-9][a-z0-9._-]{2,63}$")
    @NotNull
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$",
            message = "3 to 64 characters: lower-case letters, digits, dot, dash, underscore")
    public String username;

    @Schema(example = "correct horse battery staple", minLength = 12, maxLength = 128)
    @NotNull
    @Size(min = 12, max = 128, message = "must be 12 to 128 characters")
    public String password;

    @Schema(example = "jsmith@psynergybilling.com", description = "the member's own work address: where they are "
            + "told when an administrator issues a token for them")
    @ValidEmail
    public String email;

    @Schema(example = "[\"sales\"]")
    @NotEmpty
    @Size(max = 4)
    public List<@NotNull @Pattern(regexp = "sales|marketing|privacy|admin",
            message = "must be sales, marketing, privacy or admin") String> roles;
}
