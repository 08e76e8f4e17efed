package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.rights.entity.AddressForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R4: the privacy officer reports that an address belongs to someone under 18. */
@Path("minor-reports")
@RequestScoped
@RolesAllowed("privacy")
@Tag(name = "Privacy rights")
public class MinorReportsResource extends PrivacyOfficerResource {

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a minor: delete their data at once",
            description = "The address goes on the do-not-contact list (reason MINOR) and every registered holder "
                    + "deletes or de-identifies the person's data at once; the person's remaining row says they were a "
                    + "minor, so no audience or export ever counts them in (R4, R16, R20). Under a legal hold the data "
                    + "stays and the answer names the exception.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddressForm.class)))
    @APIResponse(responseCode = "200", description = "done", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "erased", value = "{\"erased\":true,\"records\":4}"),
                    @ExampleObject(name = "held", value = "{\"erased\":false,\"exception\":\"LEGAL_OBLIGATION\"}")}))
    public String report(String body) {
        var bound = JsonBinder.bind(body, AddressForm.class);
        var result = steps.reportMinor(bound.form(), bound.errors(), caller());
        var answer = JSON.createObjectBuilder().add("erased", result.erased());
        result.exception().ifPresentOrElse(e -> answer.add("exception", e), () -> answer.add("records", result.records()));
        return answer.build().toString();
    }
}
