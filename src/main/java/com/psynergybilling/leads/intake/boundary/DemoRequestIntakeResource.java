package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.intake.entity.Visit;
import com.psynergybilling.leads.people.control.ReceiptLinks;
import com.psynergybilling.leads.people.entity.Submission;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public demo, pricing and product-information form. */
@Path("demo-requests")
@ApplicationScoped
@PermitAll
@Tag(name = "Public forms")
public class DemoRequestIntakeResource extends PublicFormResource {

    private static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("demo-requests", null, true);

    private static final String EXAMPLE = "{\"fullName\":\"Dr. Jane Doe\",\"email\":\"jane.doe@example-clinic.com\","
            + "\"organization\":\"Springfield Family Practice\",\"practiceSpecialty\":\"Cardiology\","
            + "\"providerCount\":4,\"requestType\":\"DEMO\",\"ageConfirmed\":true}";

    @Inject
    Submissions submissions;

    @Inject
    ReceiptLinks receiptLinks;

    @POST
    @Operation(operationId = "submitDemoRequest", summary = "Request a demo, pricing or product information",
            description = "JSON or a plain HTML form post; a browser's form post is redirected (303) to the "
                    + "thank-you page. ageConfirmed must be true. An Idempotency-Key header (kept 24 hours) makes "
                    + "a repeat return the first answer and store nothing; the same key with another body gets "
                    + "422, and a repeat while the first still runs gets 409.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DemoRequestForm"),
                    examples = @ExampleObject(name = "demo", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(ref = "DemoRequestForm"))})
    @APIResponse(responseCode = "201", description = "received", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "received", value = "{\"id\":\"5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11\",\"status\":\"RECEIVED\",\"receipt\":\"https://leads.example.com/receipts/5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11.1827628800.1f0e\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the thank-you page")
    @APIResponse(responseCode = "409", ref = "IdempotencyKeyRunning")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response submit(String body) {
        return accept(ENDPOINT, DemoRequestForm.class, body,
                (valid, visit) -> received(submissions.record(valid.form(),
                        valid.data(visit.clientAddress(), visit.userAgent()), valid.consented(),
                        visit.globalPrivacyControl())),
                sent -> unstored(UUID.randomUUID().toString(), null, null),
                (valid, visit) -> unstored(UUID.randomUUID().toString(), valid, visit));
    }

    /** The answer when nothing was stored, its receipt link made from the form as a stored one's would be. */
    private Receipt unstored(String id, DemoRequestForm valid, Visit visit) {
        String receipt = valid == null ? receiptLinks.decoyUrl(id, "DEMO_REQUEST")
                : receiptLinks.unstoredUrl(id, valid.form(), valid.data(visit.clientAddress(), visit.userAgent()),
                valid.consented(), visit.globalPrivacyControl());
        return Receipt.of(201, "id", id, "status", "RECEIVED", "receipt", receipt);
    }

    private Receipt received(Submission submission) {
        return Receipt.of(201, "id", submission.id(), "status", "RECEIVED", "receipt", receiptLinks.url(submission));
    }
}
