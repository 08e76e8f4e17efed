package com.psynergybilling.leads.webhooks.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.webhooks.control.Deliveries;
import com.psynergybilling.leads.webhooks.control.Endpoints;
import com.psynergybilling.leads.webhooks.control.Signatures;
import com.psynergybilling.leads.webhooks.control.WebhookClient;
import com.psynergybilling.leads.webhooks.entity.CreatedWebhook;
import com.psynergybilling.leads.webhooks.entity.DeliveryView;
import com.psynergybilling.leads.webhooks.entity.NewWebhook;
import com.psynergybilling.leads.webhooks.entity.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook endpoints of a CRM (a service provider): registered, listed and removed by an
 * administrator; the notices an erasure sent are read by the privacy officer.
 */
@Path("webhooks")
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Webhooks")
public class WebhooksResource extends StaffCallResource {

    static final int RECENT = 50;

    @Inject
    Clock clock;

    @Inject
    Endpoints endpoints;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookClient client;

    @Inject
    Event<Audited> audit;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "Answers the signing secret (Standard Webhooks, whsec_...) this once. The URL must be "
                    + "https on a public address; redirects are never followed.")
    @APIResponse(responseCode = "201", description = "registered; the secret is in this answer only",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "400", description = "invalid fields, or a URL that may not be called")
    public Response create(@Valid @NotNull NewWebhook request) {
        String url = request.url.strip();
        client.guard().refusal(url).ifPresent(refusal -> {
            throw ProblemException.badRequest("The url " + refusal + ".");
        });
        var endpoint = endpoints.create(request.name.strip(), url, request.eventList(), Signatures.newSecret(), caller(),
                Moments.now(clock));
        audit.fire(new Audited(caller(), "WEBHOOK_REGISTERED", null, "BUSINESS_OPERATIONS", "webhook " + endpoint.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(endpoint.id()).build())
                .entity(CreatedWebhook.of(endpoint)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhooks", summary = "The registered webhook endpoints (never their secrets)",
            description = "Disabled ones (they answered 410 Gone) are listed with status DISABLED, when and why.")
    @APIResponse(responseCode = "200", description = "the endpoints, oldest first",
            content = @Content(schema = @Schema(implementation = WebhookView.class, type = SchemaType.ARRAY)))
    public List<WebhookView> list() {
        return endpoints.active().stream().map(WebhookView::of).toList();
    }

    @GET
    @Path("{id}/deliveries")
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookDeliveries", summary = "An endpoint's latest deliveries (never their bodies)")
    @APIResponse(responseCode = "200", description = "up to 50, newest first",
            content = @Content(schema = @Schema(implementation = DeliveryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "no such endpoint")
    public List<DeliveryView> deliveries(@PathParam("id") String id) {
        return deliveries.ofEndpoint(endpoints.find(id), RECENT).stream().map(DeliveryView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook endpoint",
            description = "Nothing more is sent to it, deliveries still waiting are withdrawn, and its secret "
                    + "is forgotten. Its past deliveries stay in the disclosure record.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such endpoint")
    public Response delete(@PathParam("id") String id) {
        var endpoint = endpoints.find(id);
        int withdrawn = endpoints.remove(endpoint, Moments.now(clock));
        audit.fire(new Audited(caller(), "WEBHOOK_REMOVED", null, "BUSINESS_OPERATIONS",
                "webhook " + endpoint.id() + ": " + withdrawn + " waiting delivery(ies) withdrawn"));
        return Response.noContent().build();
    }

    @GET
    @Path("notices")
    @Transactional
    @RolesAllowed({"privacy", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listErasureNotices", summary = "Which endpoints an erasure told, and when they acknowledged",
            description = "The person.erased notices an erasure sent to every endpoint that had received the "
                    + "person, by the erasure's record: a privacy request's id, or the cause the audit entry names.")
    @APIResponse(responseCode = "200", description = "the notices, oldest first",
            content = @Content(schema = @Schema(implementation = DeliveryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "no erasure named")
    public List<DeliveryView> notices(@Parameter(description = "a privacy request's id, or an erasure's cause",
            example = "5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11") @QueryParam("erasure") String erasure) {
        if (erasure == null || erasure.isBlank() || erasure.length() > 100) {
            throw ProblemException.badRequest("Name the erasure: erasure=<privacy request id>.");
        }
        return deliveries.notices(List.of(erasure, "privacy-request " + erasure)).stream().map(DeliveryView::of).toList();
    }
}
