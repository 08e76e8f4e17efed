package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.rights.control.Appeals;
import com.psynergybilling.leads.rights.entity.AppealForm;
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

/** R22: a resident of CO, CT or VA appeals a decision with the token from the decision email. */
@Path("privacy-requests/appeals")
@ApplicationScoped
@PermitAll
@Tag(name = "Privacy rights")
public class PrivacyAppealsResource extends PublicFormResource {

    static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("privacy-appeals", null);

    @Inject
    Appeals appeals;

    @POST
    @Operation(operationId = "appealPrivacyDecision", summary = "Appeal a decision on a privacy request",
            description = "For residents of CO, CT and VA, once per decision, with the token from the decision email "
                    + "and the reason. The appeal has its own due date: 45 days in CO, 60 in CT and VA.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PrivacyAppeal")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(ref = "PrivacyAppeal"))})
    @APIResponse(responseCode = "202", description = "appealed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "appealed", value = "{\"status\":\"APPEALED\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the thank-you page")
    @APIResponse(responseCode = "409", description = "this decision was appealed already, or the request's data was "
            + "deleted since")
    @APIResponse(responseCode = "410", description = "the time to appeal has passed")
    public Response appeal(String body) {
        return acceptAlike(ENDPOINT, AppealForm.class, body, valid -> appeals.appeal(valid.token, valid.reason, now()),
                "APPEALED");
    }
}
