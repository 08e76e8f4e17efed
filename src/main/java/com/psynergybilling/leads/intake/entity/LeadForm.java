package com.psynergybilling.leads.intake.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.platform.entity.PersonName;
import com.psynergybilling.leads.platform.entity.SingleLine;
import com.psynergybilling.leads.platform.entity.WebUrl;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every form that makes a person a lead carries (demo, pricing and product-information requests,
 * webinar sign-ups): who they are, the 18-or-older confirmation (R4), partner consent, the page, and
 * the honeypot. Each form adds its own fields.
 */
public abstract class LeadForm implements PublicForm {

    @Schema(required = true, maxLength = 200, example = "Dr. Jane Doe")
    @NotBlank
    @PersonName
    @PlainName
    public String fullName;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com")
    @NotBlank
    @EmailField
    public String email;

    @Schema(maxLength = 200, example = "Springfield Family Practice")
    @SingleLine(max = 200)
    public String organization;

    @Schema(maxLength = 100, example = "Cardiology")
    @SingleLine(max = 100)
    public String practiceSpecialty;

    @Schema(required = true, description = "the visitor confirms being 18 or older (R4)", example = "true")
    @NotNull(message = "must be true: the site is for people 18 or older")
    @AssertTrue(message = "must be true: the site is for people 18 or older")
    public Boolean ageConfirmed;

    @Schema(defaultValue = "false", description = "consent to share name and email with business partners")
    public Boolean partnerSharingConsent;

    @Schema(maxLength = 2000, example = "https://psynergybilling.com/pricing")
    @WebUrl
    public String pageUrl;

    @Schema(hidden = true, description = "a field hidden from people: only bots fill it in")
    @Size(max = 2000)
    public String website;

    @Override
    public String email() {
        return email;
    }

    public boolean consented() {
        return Boolean.TRUE.equals(partnerSharingConsent);
    }
}
