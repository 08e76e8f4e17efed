package com.psynergybilling.leads.webinars.entity;

import com.psynergybilling.leads.intake.entity.LeadForm;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webinar sign-up, as JSON or as an HTML form's fields. */
@Schema(name = "WebinarRegistrationForm")
public class WebinarRegistrationForm extends LeadForm {

    public static final String FORM = "WEBINAR_SIGNUP";

    @Schema(required = true, maxLength = 36, description = "an id from GET /api/v1/webinars",
            example = "0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10")
    @NotBlank
    @Size(max = 36)
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "is not a webinar id")
    public String webinarId;

    public SubmittedData data(String clientAddress, String userAgent) {
        return new SubmittedData(EmailAddress.of(email), fullName, null, organization, null, practiceSpecialty, null,
                null, null, pageUrl, clientAddress, userAgent);
    }
}
