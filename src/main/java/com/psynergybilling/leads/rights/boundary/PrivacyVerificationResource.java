package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.rights.control.Verification;
import com.psynergybilling.leads.rights.entity.TokenForm;
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

/** The requester confirms control of the address with the link's token (R17); then the request is acted on. */
@Path("privacy-requests/verify")
@ApplicationScoped
@PermitAll
@Tag(name = "Privacy rights")
public class PrivacyVerificationResource extends PublicFormResource {

    static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("privacy-verify", "/privacy-requests/verified");

    @Inject
    Verification verification;

    @POST
    @Operation(operationId = "verifyPrivacyRequest", summary = "Verify a privacy request",
            description = "With the token of the link sent to the address. The request is then carried out (or, for an "
                    + "agent's request, passed to the privacy officer); results go to the verified address by email, "
                    + "never in this answer. A link works once: a second use changes nothing and answers alike.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PrivacyVerification")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(ref = "PrivacyVerification"))})
    @APIResponse(responseCode = "202", description = "verified", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "verified", value = "{\"status\":\"VERIFIED\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the confirmation page")
    @APIResponse(responseCode = "410", description = "the link has expired")
    public Response verify(String body) {
        return acceptAlike(ENDPOINT, TokenForm.class, body, valid -> verification.verify(valid.token, now()),
                "VERIFIED");
    }
}
