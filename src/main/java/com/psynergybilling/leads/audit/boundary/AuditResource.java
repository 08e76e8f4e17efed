package com.psynergybilling.leads.audit.boundary;

import com.psynergybilling.leads.audit.control.AuditChain;
import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.QueryParams;
import com.psynergybilling.leads.audit.control.AuditLog;
import com.psynergybilling.leads.audit.control.AuditSearch;
import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.audit.entity.AuditFilter;
import com.psynergybilling.leads.audit.entity.AuditPage;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy officer's view of the audit log (R25, R26): searching it, walking its chain, keeping its head. */
@Path("audit")
@RequestScoped
@RolesAllowed("privacy")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource extends StaffCallResource {

    static final int MAX_LIMIT = 200;

    @Inject
    AuditLog log;

    @Inject
    AuditSearch search;

    @Inject
    AuditChain chain;

    @GET
    @Transactional
    @Operation(summary = "Search the audit log, newest first", description = "Filters combine. subjectEmail is "
            + "hashed the way entries record whose (a keyed hash, never the address), so it finds that person's "
            + "entries; answers hold what the log holds and nothing more. Each search is itself audited.")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "a filter or the cursor is malformed")
    public AuditPage list(
            @Parameter(description = "the person's email address") @QueryParam("subjectEmail") String subjectEmail,
            @Parameter(description = "a staff username, or a system actor") @QueryParam("actor") String actor,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-01T00:00:00Z") @QueryParam("since") String since,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams.requireLimit(limit, MAX_LIMIT);
        List<String> subjects = List.of();
        if (subjectEmail != null) {
            if (!EmailAddress.isValid(subjectEmail)) {
                throw ProblemException.badRequest("subjectEmail must be an email address.");
            }
            subjects = search.subjectsOf(EmailAddress.of(subjectEmail));
        }
        var filter = new AuditFilter(subjects, actor == null || actor.isBlank() ? null : actor.strip(),
                since == null ? null : QueryParams.since(since), cursor == null ? null : seq(cursor));
        return search.page(filter, limit, caller());
    }

    @GET
    @Path("chain")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Walk the audit chain", description = "Checks every entry's link and content from the "
            + "first; names the first entry that was altered, removed or inserted. Given a checkpoint kept from "
            + "GET /api/v1/audit/checkpoint (or the service log), also says whether the chain still reaches it "
            + "unchanged: a rewritten or cut-off tail is caught even when every hash was recomputed.")
    @APIResponse(responseCode = "200", description = "the result",
            content = @Content(schema = @Schema(implementation = ChainCheck.class)))
    @APIResponse(responseCode = "400", description = "the checkpoint is not one this service gave out")
    public ChainCheck chain(@Parameter(description = "a kept checkpoint, seq:hash",
            example = "1042:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                            @QueryParam("checkpoint") String checkpoint) {
        AuditCheckpoint kept = null;
        if (checkpoint != null) {
            kept = AuditCheckpoint.parse(checkpoint);
            if (kept == null) {
                throw ProblemException.badRequest("checkpoint must be seq:hash as GET /api/v1/audit/checkpoint gives it.");
            }
        }
        return chain.verify(kept);
    }

    @GET
    @Path("checkpoint")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The chain's head, to keep outside the database", description = "An auditor keeps this "
            + "value somewhere the database's writers cannot reach, and later passes it to GET /api/v1/audit/chain. "
            + "The service also writes one to its log periodically (LEADS_AUDIT_CHECKPOINT_MINUTES).")
    @APIResponse(responseCode = "200", description = "the head",
            content = @Content(schema = @Schema(implementation = AuditCheckpoint.class)))
    public AuditCheckpoint checkpoint() {
        return log.checkpoint();
    }

    private static Long seq(String cursor) {
        try {
            long seq = Long.parseLong(cursor);
            if (seq < 1) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("cursor is not one this service gave out.");
        }
    }
}
