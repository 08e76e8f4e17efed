package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.rights.entity.AddressForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legal holds: while one is in force, a deletion of that address's data is denied (R20). */
@Path("legal-holds")
@RequestScoped
@RolesAllowed("privacy")
@Tag(name = "Privacy rights")
public class LegalHoldsResource extends PrivacyOfficerResource {

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a legal hold on an address's data",
            description = "Kept by the keyed hash of the address. A deletion request is then denied under the policy's "
                    + "LEGAL_OBLIGATION exception until the hold is released. The reason is a code and a reference "
                    + "(a matter or ticket number), never free text; once released and the person erased, the hold "
                    + "keeps neither hash nor reference.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddressForm.class)))
    @APIResponse(responseCode = "201", description = "placed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "placed", value = "{\"id\":\"5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11\"}")))
    public Response place(String body) {
        var bound = JsonBinder.bind(body, AddressForm.class);
        var hold = steps.placeHold(bound.form(), bound.errors(), caller());
        return Response.status(201).entity(JSON.createObjectBuilder().add("id", hold.id()).build().toString()).build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Release a legal hold")
    @APIResponse(responseCode = "204", description = "released")
    @APIResponse(responseCode = "404", description = "no such hold")
    public void release(@PathParam("id") String id) {
        steps.releaseHold(id, caller());
    }
}
