package com.psynergybilling.leads.intake.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.ValidEmail;
import com.psynergybilling.leads.platform.entity.Text;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
    @Size(max = 200)
    @Pattern(regexp = Text.NAME, message = Text.NAME_MESSAGE)
    public String fullName;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com")
    @NotBlank
    @Size(max = EmailAddress.MAX_LENGTH)
    @ValidEmail
    public String email;

    @Schema(maxLength = 200, example = "Springfield Family Practice")
    @Size(max = 200)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String organization;

    @Schema(maxLength = 100, example = "Cardiology")
    @Size(max = 100)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String practiceSpecialty;

    @Schema(required = true, description = "the visitor confirms being 18 or older (R4)", example = "true")
    @NotNull(message = "must be true: the site is for people 18 or older")
    @AssertTrue(message = "must be true: the site is for people 18 or older")
    public Boolean ageConfirmed;

    @Schema(defaultValue = "false", description = "consent to share name and email with business partners")
    public Boolean partnerSharingConsent;

    @Schema(maxLength = 2000, example = "https://psynergybilling.com/pricing")
    @Size(max = 2000)
    @Pattern(regexp = Text.WEB_URL, message = "must be an http or https URL")
    public String pageUrl;

    @Schema(hidden = true, description = "a field hidden from people: only bots fill it in")
    @Size(max = 2000)
    public String website;

    @Override
    public String honeypot() {
        return website;
    }

    @Override
    public String email() {
        return email;
    }

    public boolean consented() {
        return Boolean.TRUE.equals(partnerSharingConsent);
    }

    /** Trims every text and treats empty fields as not given, as an HTML form sends them. */
    @Override
    public void normalize() {
        fullName = Text.clean(fullName);
        email = Text.clean(email);
        organization = Text.clean(organization);
        practiceSpecialty = Text.clean(practiceSpecialty);
        pageUrl = Text.clean(pageUrl);
    }
}
