package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.referrals.control.ReferralConfirmation;
import com.psynergybilling.leads.referrals.entity.ConfirmationForm;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The referrer confirms a referral with the token of the link mailed to their own address (R8); only
 * then are the colleagues invited. The confirmation page's button posts here; its GET changes nothing.
 */
@Path("referral-confirmations")
@ApplicationScoped
@PermitAll
@Tag(name = "Public forms")
public class ReferralConfirmationsResource extends PublicFormResource {

    static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("referral-confirmations", "/referrals/confirmed");

    @Inject
    ReferralConfirmation confirmation;

    /** The answer's shape, for the API description. */
    @Schema(name = "ReferralConfirmed")
    public static class Confirmed {
        @Schema(required = true, enumeration = "CONFIRMED")
        public String status;
    }

    @POST
    @Operation(operationId = "confirmReferral", summary = "Confirm a referral and send its invitations",
            description = "With the token of the link emailed to the referrer. Each colleague not invited before then "
                    + "gets the one invitation (R7). A link works once and until it expires; a second use changes "
                    + "nothing and answers alike.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReferralConfirmation")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(ref = "ReferralConfirmation"))})
    @APIResponse(responseCode = "202", description = "confirmed; the invitations are on their way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Confirmed.class),
                    examples = @ExampleObject(name = "confirmed", value = "{\"status\":\"CONFIRMED\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the confirmation page")
    @APIResponse(responseCode = "410", description = "the link has expired; nobody was invited")
    public Response confirm(String body) {
        return acceptAlike(ENDPOINT, ConfirmationForm.class, body, valid -> confirmation.confirm(valid.token, now()),
                "CONFIRMED");
    }
}
