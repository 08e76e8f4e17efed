package com.psynergybilling.leads.policy.boundary;

import com.psynergybilling.leads.platform.control.Browsers;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.policy.control.CollectionNotices;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.PolicyDocument;
import com.psynergybilling.leads.policy.entity.Notice;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The permission table in force and each form's notice at collection, published for anyone to read. */
@Path("policy")
@RequestScoped
@PermitAll
@Tag(name = "Policy")
public class PolicyResource {

    @Inject
    PolicyBook policies;

    @Inject
    CollectionNotices notices;

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

    /**
     * One form's notice at collection, for a website to show at or before the form. No {@code @Produces}:
     * {@code text/html} preferred gives the fragment, any other Accept header the JSON.
     */
    @GET
    @Path("forms/{form}/notice")
    @Operation(operationId = "formNotice", summary = "A form's notice at collection",
            description = "What the form collects by category, the purposes, whether anything may be sold or shared "
                    + "(and that an opt-out or a Global Privacy Control signal stops it), how long it is kept and a "
                    + "link to the full policy, from the policy in force. Accept: text/html gives an HTML fragment "
                    + "(a section element) to embed; anything else gives JSON.")
    @APIResponse(responseCode = "200", description = "the notice", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Notice.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "the policy in force has no such form")
    public Response notice(@Parameter(required = true, description = "the form's code (DEMO_REQUEST) or its name in URLs (demo-request)",
            example = "DEMO_REQUEST") @PathParam("form") String form, @Context HttpHeaders headers) {
        if (form == null || !form.matches("[A-Za-z_-]{1,60}")) {
            throw ProblemException.notFound("This form");
        }
        Notice notice = notices.of(form).orElseThrow(() -> ProblemException.notFound("This form"));
        var cache = new CacheControl();
        cache.setMaxAge(300);
        var answer = Browsers.namesHtmlBeforeJson(headers.getAcceptableMediaTypes())
                ? Response.ok(notices.html(notice), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                : Response.ok(notice, MediaType.APPLICATION_JSON_TYPE);
        return answer.cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
