package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.referrals.control.ReferralRemoval;
import com.psynergybilling.leads.referrals.entity.RemovalForm;
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
 * A referred colleague asks to be removed (R9); the answer never tells whether they were known. A
 * removal by address bars invitations only: anyone can type anyone's address.
 */
@Path("referral-removals")
@ApplicationScoped
@PermitAll
@Tag(name = "Public forms")
public class ReferralRemovalsResource extends PublicFormResource {

    static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("referral-removals", "/referrals/removed");

    @Inject
    ReferralRemoval removal;

    @POST
    @Operation(operationId = "removeReferredColleague", summary = "Remove a referred colleague's address",
            description = "With the token from the invitation's link or with the address. Always 202, alike "
                    + "whether or not the address was known, answered before any work is done. Within seconds the "
                    + "address is never invited again and the colleague's name and address are deleted, unless a legal "
                    + "hold keeps them until it is released; nothing else changes. A removal by address of a lead's "
                    + "address may bring a letter to it, offering its owner to stop promotional email and partner "
                    + "sharing too: only while either is left to stop, and at most one a day.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReferralRemovalForm"),
                    examples = @ExampleObject(name = "by address", value = "{\"email\":\"sam.lee@example-clinic.com\"}")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(ref = "ReferralRemovalForm"))})
    @APIResponse(responseCode = "202", description = "received", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "received", value = "{\"status\":\"RECEIVED\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the confirmation page")
    public Response remove(String body) {
        // Recorded and answered at once; the removal job does the work, so the answer's timing is the
        // same for a known address and an unknown one.
        return acceptAlike(ENDPOINT, RemovalForm.class, body,
                valid -> removal.receive(valid.token, valid.email == null ? null : EmailAddress.of(valid.email), now()),
                "RECEIVED");
    }
}
