package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.intake.entity.PlainName;
import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.platform.entity.PersonName;
import com.psynergybilling.leads.platform.entity.ReportedAs;
import com.psynergybilling.leads.platform.entity.SingleLine;
import com.psynergybilling.leads.platform.entity.WebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A privacy request as the public form sends it. A plain HTML form is flat: it sends the agent and
 * the corrections as {@code agentName}, ... and {@code corrected*} fields, folded in here.
 */
@Schema(name = "PrivacyRequestForm")
public class PrivacyRequestForm implements PublicForm {

    @Schema(required = true, enumeration = {"ACCESS", "DELETE", "CORRECT", "WITHDRAW_CONSENT", "OPT_OUT_SALE_SHARING",
            "LIMIT_SENSITIVE", "SHINE_THE_LIGHT"})
    @NotNull
    @Pattern(regexp = PrivacyRequestType.PATTERN, message = "must be one of " + PrivacyRequestType.PATTERN)
    public String type;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com",
            description = "the address the request is about; the verification link goes there")
    @NotBlank
    @EmailField
    public String email;

    @Schema(required = true, maxLength = 200, example = "Dr. Jane Doe")
    @NotBlank
    @PersonName
    @PlainName
    public String fullName;

    @Schema(maxLength = 2, example = "CO", description = "two letters; CA, CO and CT residents may use an agent, "
            + "CO, CT and VA residents may appeal a decision")
    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code")
    public String stateOfResidence;

    @Schema(description = "for CORRECT: the right values")
    @Valid
    public CorrectionsForm corrections;

    @Schema(description = "an authorized agent acting for the person (CA, CO, CT residents); the person still "
            + "verifies their own address")
    @Valid
    public AgentForm agent;

    @Schema(maxLength = 200, example = "Springfield Family Practice", description = "set when the request is about "
            + "data collected on a healthcare provider's own website or portal that runs on Psynergy Billing: that "
            + "provider controls the data, and the answer says to turn to them (R24)")
    @SingleLine(max = 200)
    public String providerSite;

    @Schema(maxLength = 2000, example = "https://psynergybilling.com/privacy")
    @WebUrl
    public String pageUrl;

    @Schema(description = "an HTML form's agent (instead of agent)")
    public String agentName;
    @Schema(description = "an HTML form's agent (instead of agent)")
    public String agentEmail;
    @Schema(description = "an HTML form's agent (instead of agent)")
    public String agentSignedPermission;
    @Schema(description = "an HTML form's corrections (instead of corrections)")
    public String correctedFullName;
    @Schema(description = "an HTML form's corrections (instead of corrections)")
    public String correctedPhone;
    @Schema(description = "an HTML form's corrections (instead of corrections)")
    public String correctedOrganization;
    @Schema(description = "an HTML form's corrections (instead of corrections)")
    public String correctedBusinessAddress;
    @Schema(description = "an HTML form's corrections (instead of corrections)")
    public String correctedPracticeSpecialty;
    @Schema(description = "an HTML form's corrections (instead of corrections)")
    public Integer correctedProviderCount;

    @Schema(hidden = true)
    @Size(max = 2000)
    public String website;

    @Schema(hidden = true)
    @AssertTrue(message = "a CORRECT request needs corrections: at least one corrected value")
    @ReportedAs("corrections")
    public boolean isCorrectionsWhenCorrecting() {
        return !"CORRECT".equals(type) || corrections != null && !corrections.correction().isEmpty();
    }

    @Schema(hidden = true)
    @AssertTrue(message = "only residents of CA, CO and CT may act through an authorized agent (give stateOfResidence)")
    @ReportedAs("agent")
    public boolean isAgentForAgentStates() {
        return agent == null || Deadlines.mayUseAgent(stateOfResidence);
    }

    @Override
    public void normalize() {
        PublicForm.super.normalize();
        stateOfResidence = stateOfResidence == null ? null : stateOfResidence.toUpperCase(Locale.ROOT);
        FlatFields.fold(this);
    }

    public PrivacyRequestType requestType() {
        return PrivacyRequestType.valueOf(type);
    }

    @Override
    public String email() {
        return email;
    }
}
