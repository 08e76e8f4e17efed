package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.rights.control.PrivacyIntake;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestForm;
import com.psynergybilling.leads.rights.entity.PrivacyRequestView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public privacy-request form (R17): every request waits for its requester's verification. */
@Path("privacy-requests")
@ApplicationScoped
@PermitAll
@Tag(name = "Privacy rights")
public class PrivacyRequestsResource extends PublicFormResource {

    static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("privacy-requests", null);
    private static final String EXAMPLE = "{\"type\":\"ACCESS\",\"email\":\"jane.doe@example-clinic.com\","
            + "\"fullName\":\"Dr. Jane Doe\",\"stateOfResidence\":\"CO\"}";

    @Inject
    PrivacyIntake intake;

    @Inject
    PrivacyRequestReads reads;

    @Context
    SecurityContext security;

    @POST
    @Operation(operationId = "submitPrivacyRequest", summary = "Exercise a privacy right",
            description = "Every type of request is answered 202 PENDING_VERIFICATION, alike whether or not the "
                    + "address is known, and a verification link goes to email: nothing is done before it is followed "
                    + "(R17). CORRECT needs corrections; an authorized agent (agent) is for residents of CA, CO and CT, "
                    + "and the person still verifies their own address (R22). providerSite marks a request about data "
                    + "a healthcare provider's own site collected: the answer points to that provider (R24). Results, "
                    + "such as an access report, go only to the verified address, never in an HTTP answer.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PrivacyRequestForm"),
                    examples = @ExampleObject(name = "access", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(ref = "PrivacyRequestForm"))})
    @APIResponse(responseCode = "202", description = "received; a verification link is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "received",
                    value = "{\"id\":\"5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11\",\"status\":\"PENDING_VERIFICATION\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the thank-you page")
    @APIResponse(responseCode = "409", ref = "IdempotencyKeyRunning")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response submit(String body) {
        return accept(ENDPOINT, PrivacyRequestForm.class, body,
                (valid, visit) -> pending(intake.receive(valid, now()).map(PrivacyRequest::id)
                        .orElseGet(() -> UUID.randomUUID().toString())),
                () -> pending(UUID.randomUUID().toString()));
    }

    @GET
    @RolesAllowed("privacy")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Privacy requests, newest first (privacy officer)",
            description = "Each with its clocks (R23): receivedAt, confirmBy (10 business days), dueAt (45 days, once "
                    + "extended by 45), an appeal's appealDueAt, and whether it is overdue. Each request shown is an "
                    + "audited read.")
    @APIResponse(responseCode = "200", description = "the requests",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PrivacyRequestView.class)))
    @APIResponse(responseCode = "400", description = "an unknown status or type")
    public List<PrivacyRequestView> list(
            @Parameter(description = "a status, e.g. AWAITING_DECISION") @QueryParam("status") String status,
            @Parameter(description = "a request type, e.g. DELETE") @QueryParam("type") String type,
            @Parameter(description = "true: only overdue ones; false: none of them") @QueryParam("overdue") String overdue,
            @Parameter(description = "1 to 500") @QueryParam("limit") @DefaultValue("100") int limit) {
        return reads.list(status, type, overdue, limit, security.getUserPrincipal().getName(), now());
    }

    private static Receipt pending(String id) {
        return Receipt.of(202, "id", id, "status", "PENDING_VERIFICATION");
    }
}
