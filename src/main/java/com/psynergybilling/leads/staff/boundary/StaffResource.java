package com.psynergybilling.leads.staff.boundary;

import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.staff.control.StaffDirectory;
import com.psynergybilling.leads.staff.control.StaffActions;
import com.psynergybilling.leads.staff.entity.NewStaffUser;
import com.psynergybilling.leads.staff.entity.NewToken;
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffChange;
import com.psynergybilling.leads.staff.entity.StaffUserView;
import com.psynergybilling.leads.staff.entity.TokenView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators manage staff (R25). */
@Path("staff")
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Staff")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource extends StaffCallResource {

    @Inject
    StaffDirectory directory;

    @Inject
    StaffActions actions;

    @POST
    @Transactional
    @Operation(summary = "Create a staff user")
    @APIResponse(responseCode = "201", description = "created", content = @Content(
            examples = @ExampleObject(name = "created", value = "{\"username\":\"jsmith\",\"roles\":[\"sales\"]}")))
    @APIResponse(responseCode = "409", description = "the name is taken")
    public Response create(@Valid @NotNull NewStaffUser request) {
        var roles = EnumSet.noneOf(Role.class);
        request.roles.forEach(role -> roles.add(Role.valueOf(role)));
        var user = actions.create(request.username, request.password, roles, request.email, caller());
        var body = Json.createObjectBuilder().add("username", user.username())
                .add("roles", Json.createArrayBuilder(user.roles().stream().map(Role::name).toList())).build();
        return Response.status(Response.Status.CREATED).entity(body.toString()).build();
    }

    @POST
    @Path("{username}/tokens")
    @Transactional
    @Operation(summary = "Issue a bearer token", description = "The token is in this answer only; it is stored hashed. "
            + "Every issue is audited; a token for another user needs their address on file, and they are told by mail.")
    @APIResponse(responseCode = "201", description = "the new token", content = @Content(examples = @ExampleObject(
            name = "token", value = "{\"id\":\"…\",\"token\":\"plt_…\",\"createdAt\":\"2026-11-29T08:00:00Z\"}")))
    @APIResponse(responseCode = "404", description = "no such staff user")
    @APIResponse(responseCode = "409", description = "another user without an address on file: they could not be told")
    public Response issueToken(@PathParam("username") String username, @Valid NewToken request) {
        var issued = actions.issue(username, request == null ? null : request.label, caller());
        var body = Json.createObjectBuilder().add("id", issued.id()).add("token", issued.token())
                .add("createdAt", issued.createdAt().toString()).build();
        return Response.status(Response.Status.CREATED).entity(body.toString())
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Transactional
    @Operation(operationId = "listStaff", summary = "Every staff user, by name")
    @APIResponse(responseCode = "200", description = "the staff users", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = StaffUserView.class)))
    public List<StaffUserView> list() {
        return directory.list().stream().map(StaffUserView::of).toList();
    }

    @PATCH
    @Path("{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Transactional
    @Operation(operationId = "changeStaff", summary = "Disable, enable or reset the password of a staff user",
            description = "A disabled user's password, tokens and console sessions are refused at once on every node; "
                    + "a new password ends the user's console sessions.")
    @APIResponse(responseCode = "200", description = "the changed user",
            content = @Content(schema = @Schema(implementation = StaffUserView.class)))
    @APIResponse(responseCode = "404", description = "no such staff user")
    public StaffUserView change(@PathParam("username") String username, @Valid @NotNull StaffChange change) {
        var user = directory.required(username);
        if (change.password != null) {
            user = actions.resetPassword(username, change.password, caller());
        }
        if (change.disabled != null) {
            user = actions.setDisabled(username, change.disabled, caller());
        }
        return StaffUserView.of(user);
    }

    @GET
    @Path("{username}/tokens")
    @Transactional
    @Operation(operationId = "listStaffTokens", summary = "A staff user's bearer tokens",
            description = "Ids, labels and times only: a token itself is shown once, when issued.")
    @APIResponse(responseCode = "200", description = "the tokens, newest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    @APIResponse(responseCode = "404", description = "no such staff user")
    public List<TokenView> tokens(@PathParam("username") String username) {
        return directory.tokens(username).stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("{username}/tokens/{id}")
    @Transactional
    @Operation(operationId = "revokeStaffToken", summary = "Revoke a bearer token",
            description = "The token is refused from the next request on, on every node.")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "no such token of this user")
    public Response revoke(@PathParam("username") String username, @PathParam("id") String id) {
        actions.revoke(username, id, caller());
        return Response.noContent().build();
    }
}
