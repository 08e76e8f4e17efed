package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.platform.entity.MultiLine;
import com.psynergybilling.leads.platform.entity.Normalizable;
import com.psynergybilling.leads.platform.entity.PersonName;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An authorized agent acting for a resident of CA, CO or CT, with the person's signed permission (R22). */
@Schema(name = "PrivacyAgent")
public class AgentForm implements Normalizable {

    @Schema(required = true, maxLength = 200, example = "Privacy Helpers LLC")
    @NotBlank
    @PersonName
    public String name;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "requests@privacy-helpers.example")
    @NotBlank
    @EmailField
    public String email;

    @Schema(required = true, maxLength = 4000, description = "the person's signed permission: its text, or where "
            + "the signed document can be fetched; the privacy officer checks it before deciding")
    @NotBlank
    @MultiLine(max = 4000)
    public String signedPermission;

    public AgentForm() {
    }

    AgentForm(String name, String email, String signedPermission) {
        this.name = name;
        this.email = email;
        this.signedPermission = signedPermission;
    }
}
