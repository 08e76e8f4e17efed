package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.mail.control.BounceAddresses;
import com.psynergybilling.leads.mail.control.DeliveryReports;
import com.psynergybilling.leads.mail.entity.DeliveryReport;
import com.psynergybilling.leads.marketing.control.MailReports;
import com.psynergybilling.leads.marketing.entity.MailReportAnswer;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where an MTA's pipe or a provider's relay posts the delivery reports and complaints that come back
 * to a promotion's bounce address, raw, with {@code LEADS_BOUNCE_TOKEN} as a bearer token. The answer
 * repeats what the report said and never whether its message or address is known.
 */
@Path("mail/bounces")
@RequestScoped
@RolesAllowed("bounces")
@Tag(name = "Mail")
public class MailReportsResource {

    static final String RFC822 = "message/rfc822";
    private static final Logger LOG = Logger.getLogger(MailReportsResource.class.getName());

    @Inject
    Clock clock;

    @Inject
    BounceAddresses bounces;

    @Inject
    MailReports reports;

    @POST
    @Transactional
    @Consumes(RFC822)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "postMailReport", summary = "Post a bounce or a complaint",
            description = "The raw report as it arrived at a bounce address (bounces+<signed id>@ the sender's domain): "
                    + "an RFC 3464 delivery-status report (multipart/report; report-type=delivery-status) or an RFC 5965 "
                    + "complaint (report-type=feedback-report). A hard bounce (5.x.x) puts the address on the "
                    + "do-not-contact list as BOUNCED, soft bounces (4.x.x) likewise when LEADS_SOFT_BOUNCE_LIMIT (3) "
                    + "of them fall within LEADS_SOFT_BOUNCE_DAYS (30), a complaint unsubscribes and lists it as COMPLAINED. Bearer token: LEADS_BOUNCE_TOKEN.")
    @RequestBody(required = true, content = @Content(mediaType = RFC822,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "read; the same answer whether or not the message is known",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MailReportAnswer.class)))
    @APIResponse(responseCode = "400", description = "not a delivery-status or feedback report")
    public Response post(byte[] raw) {
        DeliveryReport report;
        try {
            report = DeliveryReports.parse(raw == null ? new byte[0] : raw);
        } catch (DeliveryReports.NotAReport e) {
            throw new ProblemException(new Problem("not-a-report", "Not a delivery report", 400, e.getMessage()));
        }
        var outcome = bounces.outboxId(report.addressHeaders())
                .map(id -> id + ": " + reports.apply(id, report, Moments.now(clock)))
                .orElse("no bounce address of ours");
        LOG.info(() -> "Mail report " + report.kind() + " " + (report.status() == null ? "" : report.status()) + ", "
                + outcome);
        return Response.accepted(MailReportAnswer.of(report)).build();
    }
}
