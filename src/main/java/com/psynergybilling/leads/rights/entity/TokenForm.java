package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.intake.entity.SignedLinkForm;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.LinkToken;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verification page's button: the token of the link sent to the address (R17). */
@Schema(name = "PrivacyVerification")
public class TokenForm implements SignedLinkForm {

    public static final int MAX_TOKEN = SignedIds.MAX_LENGTH;

    @Schema(required = true, maxLength = MAX_TOKEN, description = "the token of the link in the verification email")
    @NotBlank
    @LinkToken(max = MAX_TOKEN, message = "is not a verification token")
    public String token;

    @Schema(hidden = true)
    @Size(max = 2000)
    public String website;
}
