package com.psynergybilling.leads.sales.boundary;

import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.QueryParams;
import com.psynergybilling.leads.platform.control.NewestFirst;
import com.psynergybilling.leads.sales.entity.DemoRequestChange;
import com.psynergybilling.leads.sales.entity.DemoRequestPage;
import com.psynergybilling.leads.sales.entity.DemoRequestView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sales pull: demo, pricing and product-information requests only (R25). */
@Path("demo-requests")
@RequestScoped
@RolesAllowed("sales")
@Tag(name = "Sales")
@Produces(MediaType.APPLICATION_JSON)
public class DemoRequestsResource extends StaffCallResource {

    static final int MAX_LIMIT = 200;

    @Inject
    SalesDesk desk;

    @GET
    @Operation(summary = "Requests, newest first", description = "Filters combine; page with nextCursor.")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(schema = @Schema(implementation = DemoRequestPage.class)))
    @APIResponse(responseCode = "400", description = "a filter or the cursor is malformed")
    public DemoRequestPage list(
            @Parameter(description = "NEW, CONTACTED, QUALIFIED, DISQUALIFIED or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "DEMO, PRICING or PRODUCT_INFO") @QueryParam("requestType") String requestType,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-01T00:00:00Z") @QueryParam("since") String since,
            @Parameter(description = "practice specialty, ignoring case") @QueryParam("practiceSpecialty") String specialty,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams.requireLimit(limit, MAX_LIMIT);
        var filter = SalesDesk.filter(status, requestType, since, specialty);
        if (cursor != null) {
            filter = filter.after(NewestFirst.decoded(cursor));
        }
        var page = desk.page(filter, limit, caller());
        return new DemoRequestPage(page.items(), page.next() == null ? null : page.next().encode());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "All matching requests as CSV", description = "Cells that a spreadsheet could run as a "
            + "formula (starting with = + - @, tab or CR) are prefixed with an apostrophe.")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv"))
    public Response export(@QueryParam("status") String status, @QueryParam("requestType") String requestType,
                           @QueryParam("since") String since, @QueryParam("practiceSpecialty") String specialty) {
        var filter = SalesDesk.filter(status, requestType, since, specialty);
        String user = caller();
        StreamingOutput body = out -> desk.export(out, filter, user);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"demo-requests.csv\"").build();
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One request")
    @APIResponse(responseCode = "200", description = "the request",
            content = @Content(schema = @Schema(implementation = DemoRequestView.class)))
    @APIResponse(responseCode = "404", description = "no such request")
    public DemoRequestView one(@PathParam("id") String id) {
        return desk.one(id, caller());
    }

    @POST
    @Path("{id}/claim")
    @Transactional
    @Operation(summary = "Assign the request to the caller", description = "Claiming one's own again is fine.")
    @APIResponse(responseCode = "200", description = "now held by the caller",
            content = @Content(schema = @Schema(implementation = DemoRequestView.class)))
    @APIResponse(responseCode = "409", description = "someone else holds it")
    public DemoRequestView claim(@PathParam("id") String id) {
        return desk.claim(id, caller());
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Transactional
    @Operation(summary = "Change status or note", description = "Refused with 409 while another user holds it.")
    @APIResponse(responseCode = "200", description = "the changed request",
            content = @Content(schema = @Schema(implementation = DemoRequestView.class)))
    @APIResponse(responseCode = "409", description = "someone else holds it")
    public DemoRequestView change(@PathParam("id") String id, @Valid @NotNull DemoRequestChange change) {
        return desk.update(id, caller(), change.statusValue(), change.note);
    }
}
