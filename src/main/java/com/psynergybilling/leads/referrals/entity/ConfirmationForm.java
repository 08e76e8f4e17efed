package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.intake.entity.SignedLinkForm;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.LinkToken;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The confirmation page's button: the token of the link mailed to the referrer (R8). */
@Schema(name = "ReferralConfirmation")
public class ConfirmationForm implements SignedLinkForm {

    public static final int MAX_TOKEN = SignedIds.TOKEN_LENGTH;

    @Schema(required = true, maxLength = MAX_TOKEN, description = "the token of the link in the confirmation email")
    @NotBlank
    @LinkToken(max = MAX_TOKEN, message = "is not a confirmation token")
    public String token;

    @Schema(hidden = true)
    @Size(max = 2000)
    public String website;
}
