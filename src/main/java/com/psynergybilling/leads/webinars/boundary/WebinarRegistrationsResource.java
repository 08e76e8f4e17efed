package com.psynergybilling.leads.webinars.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.intake.boundary.Submissions;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.intake.entity.Visit;
import com.psynergybilling.leads.people.control.ReceiptLinks;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.webinars.control.Registrations;
import com.psynergybilling.leads.webinars.control.Webinars;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import com.psynergybilling.leads.webinars.entity.WebinarRegistrationForm;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public webinar sign-up form. */
@Path("webinar-registrations")
@ApplicationScoped
@PermitAll
@Tag(name = "Public forms")
public class WebinarRegistrationsResource extends PublicFormResource {

    private static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("webinar-registrations", null, true);

    private static final String EXAMPLE = "{\"webinarId\":\"0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10\","
            + "\"fullName\":\"Dr. Jane Doe\",\"email\":\"jane.doe@example-clinic.com\","
            + "\"organization\":\"Springfield Family Practice\",\"practiceSpecialty\":\"Cardiology\","
            + "\"ageConfirmed\":true}";

    @Inject
    Submissions submissions;

    @Inject
    Webinars webinars;

    @Inject
    Registrations registrations;

    @Inject
    ReceiptLinks receiptLinks;

    @POST
    @Operation(operationId = "registerForWebinar", summary = "Register for an upcoming webinar",
            description = "JSON or a plain HTML form post; a browser's form post is redirected (303) to the "
                    + "thank-you page. ageConfirmed must be true. A confirmation email follows. Registering the "
                    + "same address again answers the same and sends nothing new. An Idempotency-Key header "
                    + "(kept 24 hours) makes a repeat return the first answer and store nothing; the same key "
                    + "with another body gets 422, and a repeat while the first still runs gets 409.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "WebinarRegistrationForm"),
                    examples = @ExampleObject(name = "registration", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(ref = "WebinarRegistrationForm"))})
    @APIResponse(responseCode = "201", description = "registered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "registered",
                    value = "{\"id\":\"5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11\",\"status\":\"REGISTERED\","
                            + "\"receipt\":\"https://leads.example.com/receipts/{token}\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the thank-you page")
    @APIResponse(responseCode = "409", ref = "IdempotencyKeyRunning")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response register(String body) {
        return accept(ENDPOINT, WebinarRegistrationForm.class, body, (valid, visit) -> {
            Instant now = now();
            var webinar = webinars.openForRegistration(valid.webinarId, now);
            var earlier = registrations.earlier(webinar, EmailAddress.of(valid.email));
            // Every sign-up is stored as a submission, a repeat too: what it says counts, and its receipt
            // describes this post, as a first one's does, and nothing of the earlier one. A repeat answers
            // like the first, so the answer tells no one whether an address had registered.
            var submission = submissions.record(WebinarRegistrationForm.FORM, valid.data(visit.clientAddress(),
                    visit.userAgent()), valid.consented(), visit.globalPrivacyControl());
            WebinarRegistration registration = earlier.orElseGet(() -> registrations.register(webinar, submission, now));
            return registered(registration.id(), receiptLinks.url(submission));
        }, sent -> registered(UUID.randomUUID().toString(),
                receiptLinks.decoyUrl(UUID.randomUUID().toString(), WebinarRegistrationForm.FORM)),
                (valid, visit) -> registered(UUID.randomUUID().toString(), unstoredReceipt(valid, visit)));
    }

    private String unstoredReceipt(WebinarRegistrationForm valid, Visit visit) {
        return receiptLinks.unstoredUrl(UUID.randomUUID().toString(), WebinarRegistrationForm.FORM,
                valid.data(visit.clientAddress(), visit.userAgent()), valid.consented(), visit.globalPrivacyControl());
    }

    private static Receipt registered(String id, String receipt) {
        return Receipt.of(201, "id", id, "status", "REGISTERED", "receipt", receipt);
    }
}
