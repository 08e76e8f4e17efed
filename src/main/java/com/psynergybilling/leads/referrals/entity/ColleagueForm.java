package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.intake.entity.PlainName;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.platform.entity.Normalizable;
import com.psynergybilling.leads.platform.entity.PersonName;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One referred colleague, as the referrer gave them. */
@Schema(name = "Colleague")
public class ColleagueForm implements Normalizable {

    @Schema(required = true, maxLength = 200, example = "Dr. Sam Lee")
    @NotBlank
    @PersonName
    @PlainName
    public String name;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "sam.lee@example-clinic.com")
    @NotBlank
    @EmailField
    public String email;

    public ColleagueForm() {
    }

    ColleagueForm(String name, String email) {
        this.name = name;
        this.email = email;
    }
}
