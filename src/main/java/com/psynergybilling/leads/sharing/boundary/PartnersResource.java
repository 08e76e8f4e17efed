package com.psynergybilling.leads.sharing.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.sharing.control.Partners;
import com.psynergybilling.leads.sharing.entity.NewPartner;
import com.psynergybilling.leads.sharing.entity.PartnerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Business partners, the only recipients of partner exports (see {@link PartnerExportsResource}). */
@Path("partners")
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Partner sharing")
public class PartnersResource extends StaffCallResource {

    @Inject
    Clock clock;

    @Inject
    Partners partners;

    @Context
    UriInfo uri;

    @Inject
    Event<Audited> audit;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a business partner", description = "With its postal address: access reports "
            + "and \"Shine the Light\" answers name each recipient with its address.")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "invalid fields, listed in errors")
    public Response create(@Valid @NotNull NewPartner request) {
        var partner = partners.create(request.name.strip(), request.address(), caller(), Moments.now(clock));
        audit.fire(new Audited(caller(), "PARTNER_REGISTERED", null, "BUSINESS_OPERATIONS", "partner " + partner.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(partner.id()).build())
                .entity(PartnerView.of(partner)).build();
    }
}
