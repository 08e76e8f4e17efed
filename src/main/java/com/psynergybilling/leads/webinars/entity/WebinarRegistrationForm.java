package com.psynergybilling.leads.webinars.entity;

import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.intake.entity.Text;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.ValidEmail;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webinar sign-up, as JSON or as an HTML form's fields. */
@Schema(name = "WebinarRegistrationForm")
public class WebinarRegistrationForm implements PublicForm {

    public static final String FORM = "WEBINAR_SIGNUP";

    @Schema(required = true, maxLength = 36, description = "an id from GET /api/v1/webinars",
            example = "0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10")
    @NotBlank
    @Size(max = 36)
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "is not a webinar id")
    public String webinarId;

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

    @Schema(maxLength = 2000, example = "https://psynergybilling.com/webinars")
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

    /** Trims every text and treats empty fields as not given, as an HTML form sends them. */
    @Override
    public void normalize() {
        webinarId = Text.clean(webinarId);
        fullName = Text.clean(fullName);
        email = Text.clean(email);
        organization = Text.clean(organization);
        practiceSpecialty = Text.clean(practiceSpecialty);
        pageUrl = Text.clean(pageUrl);
    }

    public boolean consented() {
        return Boolean.TRUE.equals(partnerSharingConsent);
    }

    public SubmittedData data(String clientAddress, String userAgent) {
        return new SubmittedData(EmailAddress.of(email), fullName, null, organization, null, practiceSpecialty, null,
                null, null, pageUrl, clientAddress, userAgent);
    }
}
