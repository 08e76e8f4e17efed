package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.intake.entity.SignedLinkForm;
import com.psynergybilling.leads.platform.entity.LinkToken;
import com.psynergybilling.leads.platform.entity.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appeal of a decision (R22), with the token from the decision email. */
@Schema(name = "PrivacyAppeal")
public class AppealForm implements SignedLinkForm {

    @Schema(required = true, maxLength = TokenForm.MAX_TOKEN, description = "the token from the decision email")
    @NotBlank
    @LinkToken(max = TokenForm.MAX_TOKEN, message = "is not an appeal token")
    public String token;

    @Schema(required = true, maxLength = 2000, example = "I believe the exception does not apply to my data.")
    @NotBlank
    @MultiLine(max = 2000)
    public String reason;

    @Schema(hidden = true)
    @Size(max = 2000)
    public String website;
}
