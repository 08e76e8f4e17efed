package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.intake.control.PublicIntake;
import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public demo, pricing and product-information form. */
@Path("demo-requests")
@RequestScoped
@PermitAll
@Tag(name = "Public forms")
public class DemoRequestIntakeResource {

    private static final String EXAMPLE = "{\"fullName\":\"Dr. Jane Doe\",\"email\":\"jane.doe@example-clinic.com\","
            + "\"organization\":\"Springfield Family Practice\",\"practiceSpecialty\":\"Cardiology\","
            + "\"providerCount\":4,\"requestType\":\"DEMO\",\"ageConfirmed\":true}";

    @Inject
    PublicIntake intake;

    @Inject
    Submissions submissions;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a demo, pricing or product information",
            description = "JSON or a plain HTML form post; a browser's form post is redirected (303) to the "
                    + "thank-you page. ageConfirmed must be true.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoRequestForm.class),
                    examples = @ExampleObject(name = "demo", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = DemoRequestForm.class))})
    @APIResponse(responseCode = "201", description = "received", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "received", value = "{\"id\":\"5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11\",\"status\":\"RECEIVED\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the thank-you page")
    @APIResponse(responseCode = "400", description = "invalid fields, listed in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "body over LEADS_MAX_BODY_BYTES",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "neither JSON nor a form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitJson(DemoRequestForm form) {
        return submit(intake.fromJson(form));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoRequestForm.class),
                    examples = @ExampleObject(name = "demo", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = DemoRequestForm.class))})
    public Response submitForm(MultivaluedMap<String, String> fields) {
        return submit(intake.fromForm(fields, DemoRequestForm.class));
    }

    private Response submit(DemoRequestForm form) {
        var submission = submissions.record(form.form(), form.data(clientAddress.of(request), userAgent()),
                form.consented(), "1".equals(headers.getHeaderString("Sec-GPC")));
        var body = Json.createObjectBuilder().add("id", submission.id()).add("status", "RECEIVED").build();
        return intake.accepted(headers, Response.Status.CREATED, body.toString());
    }

    private String userAgent() {
        String agent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        if (agent == null) {
            return null;
        }
        String printable = agent.replaceAll("\\p{Cntrl}", "");
        return printable.length() > 512 ? printable.substring(0, 512) : printable;
    }
}
