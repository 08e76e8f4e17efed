package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.marketing.entity.AudienceCounts;
import com.psynergybilling.leads.marketing.entity.CampaignForm;
import com.psynergybilling.leads.marketing.entity.CampaignPage;
import com.psynergybilling.leads.marketing.entity.CampaignView;
import com.psynergybilling.leads.marketing.entity.SendForm;
import com.psynergybilling.leads.marketing.entity.TestSendForm;
import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.platform.control.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Promotional campaigns (R11 to R13): marketing writes one, counts its audience, tests, sends, pauses. */
@Path("campaigns")
@RequestScoped
@RolesAllowed("marketing")
@Tag(name = "Campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource extends StaffCallResource {

    @Inject
    CampaignActions actions;
    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign", description = "Placeholders {{fullName}}, {{organization}} and "
            + "{{unsubscribeUrl}} are filled with escaped values; nothing else may appear between {{ and }}. Every "
            + "message adds the unsubscribe link and the postal address. Bodies up to LEADS_MAX_CAMPAIGN_BYTES.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignForm.class)))
    @APIResponse(responseCode = "201", description = "created, not yet sent",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(String body) {
        var bound = JsonBinder.bind(body, CampaignForm.class);
        var created = actions.create(bound.form(), bound.errors(), caller());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "Campaigns, newest first",
            description = "Each with its status and its mail's progress; page with nextCursor.")
    @APIResponse(responseCode = "200", description = "a page of campaigns",
            content = @Content(schema = @Schema(implementation = CampaignPage.class)))
    @APIResponse(responseCode = "400", description = "limit out of range or a malformed cursor")
    public CampaignPage list(@QueryParam("cursor") String cursor,
                             @Parameter(description = "1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams.requireLimit(limit, 200);
        return actions.page(cursor, limit);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A campaign's status and its mail's progress")
    @APIResponse(responseCode = "200", description = "the campaign",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "no such campaign")
    public CampaignView one(@PathParam("id") String id) {
        return actions.one(id);
    }

    @GET
    @Path("{id}/audience")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "How many the campaign would reach now, and how many it leaves out by reason",
            description = "Counts only: marketing sees no one's data. Reasons: UNSUBSCRIBED, REFERRAL_ONLY, "
                    + "DO_NOT_CONTACT, MINOR, PURPOSE_NOT_PERMITTED, DELETED; each person counts once, under the first.")
    @APIResponse(responseCode = "200", description = "the counts",
            content = @Content(schema = @Schema(implementation = AudienceCounts.class)))
    @APIResponse(responseCode = "404", description = "no such campaign")
    public AudienceCounts audience(@PathParam("id") String id) {
        return actions.audience(id);
    }

    @POST
    @Path("{id}/test")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one test message to a staff address",
            description = "An address at the sender's own domain; sample values fill the placeholders.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TestSendForm.class)))
    @APIResponse(responseCode = "202", description = "queued")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public Response test(@PathParam("id") String id, String body) {
        var bound = JsonBinder.bind(body, TestSendForm.class);
        var message = actions.test(id, bound.form(), bound.errors(), caller());
        // Members in a fixed order, as the mail test's answer (Map.of has none).
        return Response.accepted(Json.createObjectBuilder().add("id", message.id())
                .add("state", message.state().name()).build()).build();
    }

    @POST
    @Path("{id}/send")
    @Transactional
    @Operation(summary = "Start sending, now or at a given time", description = "Without a body (or without "
            + "startAt) sending starts at once; with {\"startAt\": an ISO-8601 instant to come} the campaign waits as "
            + "SCHEDULED and starts by itself then, nothing queued before. Recipients are chosen and queued in the "
            + "background, a batch at a time, at most LEADS_MAIL_RATE promotions per second for all nodes together. "
            + "Pausing a scheduled campaign takes it back to a draft.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SendForm.class)))
    @APIResponse(responseCode = "202", description = "sending, or scheduled",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "startAt is no instant or not in the future")
    @APIResponse(responseCode = "409", description = "already sent, scheduled or sending")
    public Response send(@PathParam("id") String id, String body) {
        if (body == null || body.isBlank()) {
            return Response.accepted(actions.send(id, caller())).build();
        }
        var bound = JsonBinder.bind(body, SendForm.class);
        return Response.accepted(actions.send(id, bound.form(), bound.errors(), caller())).build();
    }

    @POST
    @Path("{id}/pause")
    @Transactional
    @Operation(summary = "Pause sending", description = "Queued messages wait; those already on their way finish. "
            + "A scheduled campaign goes back to a draft.")
    @APIResponse(responseCode = "202", description = "paused",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "neither sending nor scheduled")
    public Response pause(@PathParam("id") String id) {
        return Response.accepted(actions.pause(id, caller())).build();
    }

    @POST
    @Path("{id}/resume")
    @Transactional
    @Operation(summary = "Resume sending", description = "Nobody gets a second copy: each person has one message.")
    @APIResponse(responseCode = "202", description = "sending again",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "not paused")
    public Response resume(@PathParam("id") String id) {
        return Response.accepted(actions.resume(id, caller())).build();
    }
}
