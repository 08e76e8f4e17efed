package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.rights.entity.DecisionForm;
import com.psynergybilling.leads.rights.entity.PrivacyRequestView;
import com.psynergybilling.leads.rights.entity.ReasonForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy officer decides requests and appeals, and extends a due date once (R20, R22, R23). */
@Path("privacy-requests/{id}")
@RequestScoped
@RolesAllowed("privacy")
@Tag(name = "Privacy rights")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "no such request")
public class PrivacyDecisionsResource extends PrivacyOfficerResource {

    @Inject
    Forms forms;

    @POST
    @Path("decision")
    @Transactional
    @Operation(summary = "Decide a request or its appeal",
            description = "FULFILLED carries the request out (a verified one only); DENIED names the exception, a code "
                    + "of the policy's deletionExceptions (required for a deletion, R20), or says why in message. The "
                    + "requester is told by email, with appeal instructions for residents of CO, CT and VA (R22).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionForm.class)))
    @APIResponse(responseCode = "200", description = "decided",
            content = @Content(schema = @Schema(implementation = PrivacyRequestView.class)))
    @APIResponse(responseCode = "409", description = "answered already, or not verified")
    public PrivacyRequestView decide(@PathParam("id") String id, String body) {
        return steps.decide(id, valid(body, DecisionForm.class), caller());
    }

    @POST
    @Path("extension")
    @Transactional
    @Operation(summary = "Extend the due date once by 45 days",
            description = "For a request still open; the requester is told why, by email (R23).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonForm.class)))
    @APIResponse(responseCode = "200", description = "extended",
            content = @Content(schema = @Schema(implementation = PrivacyRequestView.class)))
    @APIResponse(responseCode = "409", description = "extended once already, or answered")
    public PrivacyRequestView extend(@PathParam("id") String id, String body) {
        return steps.extend(id, valid(body, ReasonForm.class), caller());
    }

    /** The JSON body bound to {@code type} and validated, or the 400 that lists every error. */
    private <F> F valid(String body, Class<F> type) {
        var bound = JsonBinder.bind(body, type);
        return forms.validated(bound.form(), bound.errors());
    }
}
