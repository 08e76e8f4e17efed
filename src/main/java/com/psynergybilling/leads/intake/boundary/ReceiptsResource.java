package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.intake.control.IntakeLimits;
import com.psynergybilling.leads.intake.control.ReceiptPage;
import com.psynergybilling.leads.people.control.ConsentReceipts;
import com.psynergybilling.leads.people.control.ReceiptLinks;
import com.psynergybilling.leads.platform.control.Browsers;
import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A submission's consent receipt, for whoever holds the link its answer and its confirmation mail
 * carry: a Kantara Consent Receipt v1.1 document, or the same as a page for a browser. Every failure
 * (forged, altered, expired, erased) is the same 404. The documented path is {@code /receipts/{token}}
 * ({@link ReceiptPages} forwards it here); asked directly, as links issued before did,
 * {@code /api/v1/receipts/{token}} answers 308 to it. OpenApiTidy documents both paths so.
 */
@Path("receipts/{token}")
@RequestScoped
@PermitAll
@Tag(name = "Public forms")
public class ReceiptsResource {

    private static final String EXAMPLE = "{\"version\":\"KI-CR-v1.1.0\",\"jurisdiction\":\"US\","
            + "\"consentTimestamp\":1764556800,\"collectionMethod\":\"web form: Demo request\","
            + "\"consentReceiptID\":\"5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11\",\"language\":\"en\","
            + "\"piiPrincipalId\":\"j***@example-clinic.com\",\"piiControllers\":[{\"piiController\":"
            + "\"Psynergy Billing LLC\",\"contact\":\"Privacy\",\"email\":\"support@PsynergyBilling.com\"}],"
            + "\"policyUrl\":\"https://www.psynergybilling.com/privacy-policy\",\"services\":[{\"service\":"
            + "\"Demo request\",\"purposes\":[{\"purpose\":\"Providing the Service\",\"purposeCategory\":"
            + "[\"PROVIDING_THE_SERVICE\"],\"consentType\":\"IMPLICIT\",\"piiCategory\":[\"Basic Identifiers\"],"
            + "\"primaryPurpose\":true,\"termination\":\"When you ask us to delete your data, and at the latest 24 "
            + "months after your last activity with us\",\"thirdPartyDisclosure\":false}]}],\"sensitive\":false,"
            + "\"spiCat\":[],\"form\":\"DEMO_REQUEST\",\"policyVersion\":\"2024-06-30\",\"collectedAt\":"
            + "\"2025-12-01T02:40:00Z\",\"expiresAt\":\"2027-12-01T02:40:00Z\",\"categoriesCollected\":"
            + "[\"BASIC_IDENTIFIERS\"],\"fieldsCollected\":[\"fullName\",\"email\"],\"partnerSharingConsent\":false,"
            + "\"globalPrivacyControl\":false}";

    @Inject
    Clock clock;

    @Inject
    ConsentReceipts receipts;

    @Inject
    IntakeLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Pages pages;

    @Inject
    PublicUrl publicUrl;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Transactional
    @Operation(operationId = "consentReceipt", summary = "A submission's consent receipt",
            description = "The link every public form's answer (field receipt, header Link rel=describedby) and "
                    + "its confirmation email carry. A Kantara Initiative Consent Receipt v1.1 document: what was "
                    + "collected (categories and field names, never the values), for which purposes, under which "
                    + "policy version, when, by which form, whether partner sharing was agreed and a Global Privacy "
                    + "Control signal seen; the person only as a masked address. format=html, or an Accept header "
                    + "that names text/html before JSON, gives the same as a page. The link expires "
                    + "LEADS_LEAD_RETENTION_MONTHS after collection; a forged, altered or expired link and an erased "
                    + "person's receipt are the same 404. Reads count against LEADS_INTAKE_RATE per client.")
    @APIResponse(responseCode = "200", description = "the receipt", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "receipt", value = EXAMPLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "no receipt for this link (forged, altered, expired or erased)")
    @APIResponse(responseCode = "429", description = "too many reads from this client; see Retry-After")
    public Response receipt(@Parameter(required = true, description = "the signed token of the receipt's link")
                            @PathParam("token") String token,
                            @Parameter(description = "json (the default) or html", example = "html")
                            @QueryParam("format") String format) {
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) == null) {
            return moved(token, format);
        }
        limits.admitReceiptRead(clientAddress.of(request));
        JsonObject receipt = receipts.find(token, Moments.now(clock)).orElse(null);
        if (receipt == null) {
            throw ProblemException.notFound("This receipt");
        }
        var cache = new CacheControl();
        cache.setNoStore(true);
        var answer = html(format)
                ? Response.ok(pages.render("consent-receipt", ReceiptPage.scope(receipt)),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                : Response.ok(receipt.toString(), MediaType.APPLICATION_JSON_TYPE);
        return answer.cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** The old path: 308 to the documented one, so links issued before keep working (any method, same query). */
    private Response moved(String token, String format) {
        if (token == null || token.length() > ReceiptLinks.MAX_TOKEN || !ReceiptLinks.SHAPE.matcher(token).matches()) {
            throw ProblemException.notFound("This receipt");
        }
        String query = format != null && format.matches("[A-Za-z]{1,10}") ? "?format=" + format : "";
        return Response.status(308).header(HttpHeaders.LOCATION,
                publicUrl.of(ReceiptLinks.PATH + token + query)).build();
    }

    private boolean html(String format) {
        if (format != null) {
            return "html".equalsIgnoreCase(format);
        }
        return Browsers.namesHtmlBeforeJson(headers.getAcceptableMediaTypes());
    }
}
