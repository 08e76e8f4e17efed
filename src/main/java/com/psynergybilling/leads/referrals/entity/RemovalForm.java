package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.LinkToken;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referred colleague's request to be removed: the token from the invitation, or their address. */
@Schema(name = "ReferralRemovalForm")
public class RemovalForm implements PublicForm {

    @Schema(description = "the token of the invitation's removal link", maxLength = SignedIds.TOKEN_LENGTH)
    @LinkToken(max = SignedIds.TOKEN_LENGTH, message = "is not a removal token")
    public String token;

    @Schema(maxLength = EmailAddress.MAX_LENGTH, example = "sam.lee@example-clinic.com")
    @EmailField
    public String email;

    @Schema(hidden = true)
    @Size(max = 2000)
    public String website;

    @Schema(hidden = true)
    @AssertTrue(message = "give the token from the invitation or your email address")
    public boolean isTokenOrEmail() {
        return token != null || email != null;
    }

    @Override
    public String email() {
        return email;
    }
}
