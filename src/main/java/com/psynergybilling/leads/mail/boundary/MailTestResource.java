package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.TestMail;
import com.psynergybilling.leads.mail.entity.TestMessageRequest;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An administrator checks the mail path end to end: one message through the outbox, the
 * dispatcher and SMTP. Only to an address at the sender's own domain, past the guards of every
 * message, under the policy's own use for staff test messages ({@link TestMail}).
 */
@Path("mail/test")
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Mail")
public class MailTestResource extends StaffCallResource {

    static final String TEMPLATE = "test-message";

    @Inject
    TestMail testMail;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a test message", description = "One message of the test-message template to the "
            + "given address, sent by the dispatcher like any other.")
    @APIResponse(responseCode = "202", description = "queued", content = @Content(
            examples = @ExampleObject(name = "queued", value = "{\"id\":\"…\",\"state\":\"QUEUED\"}")))
    @APIResponse(responseCode = "400", description = "not a valid address, or not at the sender's own domain")
    @APIResponse(responseCode = "422", description = "no message may go to this address (do-not-contact, erased, minor)")
    public Response queue(@Valid @NotNull TestMessageRequest request) {
        String text = request.text == null ? "This is a test message from Psynergy Leads." : request.text;
        var message = testMail.queue("test:", EmailAddress.of(request.to), TEMPLATE, Map.of("text", text),
                caller(), null);
        var body = Json.createObjectBuilder().add("id", message.id()).add("state", message.state().name()).build();
        return Response.accepted(body.toString()).build();
    }
}
