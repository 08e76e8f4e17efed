package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.intake.entity.PlainName;
import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.entity.PersonName;
import com.psynergybilling.leads.platform.entity.WebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A one-time referral: the referrer, up to five colleagues, and the referrer's word that they may. */
@Schema(name = "ReferralForm")
public class ReferralForm implements PublicForm {

    public static final int MAX_COLLEAGUES = 5;
    /** The referrer's own data is collected under this form: to send the invitation, not as a lead (R6). */
    public static final String REFERRER_FORM = "REFERRAL_REFERRER";

    @Schema(required = true, maxLength = 200, example = "Dr. Jane Doe")
    @NotBlank
    @PersonName
    @PlainName
    public String referrerName;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com")
    @NotBlank
    @EmailField
    public String referrerEmail;

    @Schema(required = true, minItems = 1, maxItems = MAX_COLLEAGUES, type = SchemaType.ARRAY, implementation = ColleagueForm.class)
    @NotEmpty
    @Size(max = MAX_COLLEAGUES)
    public List<@NotNull @Valid ColleagueForm> colleagues;

    @Schema(description = "an HTML form's one colleague (instead of colleagues)")
    public String colleagueName;

    @Schema(description = "an HTML form's one colleague (instead of colleagues)")
    public String colleagueEmail;

    @Schema(required = true, description = "the referrer has each colleague's permission (R8)", example = "true")
    @NotNull(message = "must be true: you need your colleague's permission")
    @AssertTrue(message = "must be true: you need your colleague's permission")
    public Boolean permissionConfirmed;

    @Schema(required = true, description = "the referrer is 18 or older (R4)", example = "true")
    @NotNull(message = "must be true: the site is for people 18 or older")
    @AssertTrue(message = "must be true: the site is for people 18 or older")
    public Boolean ageConfirmed;

    @Schema(maxLength = 2000, example = "https://psynergybilling.com/refer")
    @WebUrl
    public String pageUrl;

    @Schema(hidden = true)
    @Size(max = 2000)
    public String website;

    @Override
    public void normalize() {
        PublicForm.super.normalize();
        if (colleagues == null && (colleagueName != null || colleagueEmail != null)) {
            colleagues = new ArrayList<>(List.of(new ColleagueForm(colleagueName, colleagueEmail)));
        }
        if (colleagues != null) {
            colleagues.stream().filter(c -> c != null).forEach(ColleagueForm::normalize);
        }
        colleagueName = null;
        colleagueEmail = null;
    }

    /** What the referrer gave about themselves, with who sent the form. */
    public SubmittedData referrer(String clientAddress, String userAgent) {
        return new SubmittedData(EmailAddress.of(referrerEmail), referrerName, null, null, null, null, null, null,
                null, pageUrl, clientAddress, userAgent);
    }

    @Override
    public String email() {
        return referrerEmail;
    }
}
