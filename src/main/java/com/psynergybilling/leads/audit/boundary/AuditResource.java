package com.psynergybilling.leads.audit.boundary;

import com.psynergybilling.leads.audit.control.AuditLog;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy officer's view of the audit log (R25, R26). */
@Path("audit")
@RequestScoped
@RolesAllowed("privacy")
@Tag(name = "Audit")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "no or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not the privacy officer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @Path("chain")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Walk the audit chain", description = "Checks every entry's link and content from the "
            + "first; names the first entry that was altered, removed or inserted.")
    @APIResponse(responseCode = "200", description = "the result",
            content = @Content(schema = @Schema(implementation = ChainCheck.class)))
    public ChainCheck chain() {
        return log.verify();
    }
}
