package com.psynergybilling.leads.webinars.boundary;

import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.webinars.entity.NewWebinar;
import com.psynergybilling.leads.webinars.entity.Registrant;
import com.psynergybilling.leads.webinars.entity.WebinarView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webinars: marketing creates them and lists who registered; anyone sees the upcoming ones. */
@Path("webinars")
@RequestScoped
@RolesAllowed("marketing")
@Tag(name = "Webinars")
@Produces(MediaType.APPLICATION_JSON)
public class WebinarsResource extends StaffCallResource {

    @Inject
    WebinarActions actions;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Upcoming webinars, soonest first", description = "Public: webinars not yet started.")
    @APIResponse(responseCode = "200", description = "the webinars",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebinarView.class)))
    public List<WebinarView> upcoming() {
        return actions.upcoming();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a webinar", description = "title: one line, 1 to 200 characters; startsAt: an "
            + "ISO-8601 instant in the future.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewWebinar.class)))
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(schema = @Schema(implementation = WebinarView.class)))
    public Response create(String body) {
        var bound = JsonBinder.bind(body, NewWebinar.class);
        var webinar = actions.create(bound.form(), bound.errors(), caller());
        return Response.created(uri.getAbsolutePathBuilder().path(webinar.id()).build())
                .entity(WebinarView.of(webinar)).build();
    }

    @GET
    @Path("{id}/registrations")
    @Transactional
    @Operation(summary = "A webinar's registrants, in order of registration",
            description = "Shows the fields the privacy policy lets the webinar's running use; each registrant "
                    + "shown is an audited read.")
    @APIResponse(responseCode = "200", description = "the registrants",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Registrant.class)))
    @APIResponse(responseCode = "404", description = "no such webinar")
    public List<Registrant> registrations(@PathParam("id") String id) {
        return actions.registrants(id, caller());
    }
}
