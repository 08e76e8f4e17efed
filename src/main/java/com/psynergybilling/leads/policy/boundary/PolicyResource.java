package com.psynergybilling.leads.policy.boundary;

import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.PolicyDocument;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The permission table in force, published for anyone to read. */
@Path("policy")
@RequestScoped
@PermitAll
@Tag(name = "Policy")
public class PolicyResource {

    @Inject
    PolicyBook policies;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The privacy policy's tables in force", description = "Categories with the purposes "
            + "and recipient categories they may serve, what each form collects for which purposes, and the named "
            + "uses of data with what each needs. Records collected under an earlier version held here are judged "
            + "by that version.")
    @APIResponse(responseCode = "200", description = "the tables", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "excerpt", value = "{\"version\":\"2024-06-30\",\"categories\":{"
                    + "\"USER_CONTENT\":{\"name\":\"User Content\",\"purposes\":[\"PROVIDING_THE_SERVICE\","
                    + "\"REQUIRED_BY_LAW\"],\"recipients\":[\"CORPORATE_AFFILIATES\",\"SERVICE_PROVIDERS\"]}}}")))
    public Response tables() {
        var held = policies.versions().stream().map(Policy::version).toList();
        var cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(PolicyDocument.of(policies.current(), held).toString()).cacheControl(cache).build();
    }
}
