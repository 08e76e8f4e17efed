package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.intake.entity.Normalizable;
import com.psynergybilling.leads.intake.entity.Text;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.ValidEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The privacy officer names an address: a legal hold (with its reason) or a minor's report (R4). */
@Schema(name = "PrivacyAddress")
public class AddressForm implements Normalizable {

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com")
    @NotBlank
    @Size(max = EmailAddress.MAX_LENGTH)
    @ValidEmail
    public String email;

    @Schema(maxLength = 1000, description = "a legal hold's reason (required there)", example = "Litigation 2026-17")
    @Size(max = 1000)
    @Pattern(regexp = Text.MULTI_LINE, message = Text.MULTI_LINE_MESSAGE)
    public String reason;

    @Override
    public void normalize() {
        email = Text.clean(email);
        reason = Text.clean(reason);
    }

    public EmailAddress address() {
        return EmailAddress.of(email);
    }
}
