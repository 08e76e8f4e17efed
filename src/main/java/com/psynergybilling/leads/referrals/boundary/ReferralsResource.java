package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.intake.boundary.IntakeGate;
import com.psynergybilling.leads.intake.boundary.PublicFormResource;
import com.psynergybilling.leads.intake.boundary.Submissions;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.intake.entity.Visit;
import com.psynergybilling.leads.people.control.ReceiptLinks;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.referrals.control.Referrals;
import com.psynergybilling.leads.referrals.control.ReferrerQuotas;
import com.psynergybilling.leads.referrals.entity.ReferralAnswer;
import com.psynergybilling.leads.referrals.entity.ReferralForm;
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

/**
 * The public one-time referral form. Nobody is invited from a post: the referrer's own address gets a
 * link to confirm (R8), and at most {@code LEADS_REFERRALS_PER_REFERRER_DAY} colleagues per referrer
 * address a day are taken. Over the cap the answer is the same 202 and nothing is stored or sent: a
 * 429 would tell whoever typed an address that someone referred from it today.
 */
@Path("referrals")
@ApplicationScoped
@PermitAll
@Tag(name = "Public forms")
public class ReferralsResource extends PublicFormResource {

    /** A browser lands on "check your email", not the generic thank-you: the next step is the referrer's. */
    private static final IntakeGate.Endpoint ENDPOINT = new IntakeGate.Endpoint("referrals", "/referrals/sent", true);
    private static final String EXAMPLE = "{\"referrerName\":\"Dr. Jane Doe\",\"referrerEmail\":\"jane.doe@example-clinic.com\","
            + "\"colleagues\":[{\"name\":\"Dr. Sam Lee\",\"email\":\"sam.lee@example-clinic.com\"}],"
            + "\"permissionConfirmed\":true,\"ageConfirmed\":true}";

    @Inject
    Submissions submissions;

    @Inject
    ReceiptLinks receiptLinks;

    @Inject
    Referrals referrals;

    @Inject
    ReferrerQuotas quotas;

    @POST
    @Operation(operationId = "referColleagues", summary = "Refer up to five colleagues, once each",
            description = "Nothing is sent to a colleague until the referrer confirms through the link emailed to "
                    + "the referrer's own address (within LEADS_REFERRAL_CONFIRM_HOURS); then each colleague gets at "
                    + "most one invitation, ever (R7). permissionConfirmed must be true (R8); names that look like a "
                    + "web address, domain, email address or phone number are refused. The answer counts the "
                    + "colleagues in the request, whatever became of each, and is the same past the daily cap per "
                    + "referrer address. JSON, or a plain HTML form with one colleagueName/colleagueEmail.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReferralForm"),
                    examples = @ExampleObject(name = "referral", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(ref = "ReferralForm"))})
    @APIResponse(responseCode = "202", description = "accepted; a confirmation link went to the referrer's address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralAnswer.class),
                    examples = @ExampleObject(name = "accepted",
                            value = "{\"accepted\":1,\"confirmation\":\"" + ReferralAnswer.EMAILED
                                    + "\",\"receipt\":\"https://leads.example.com/receipts/{token}\"}")))
    @APIResponse(responseCode = "303", description = "a browser's form post: on to the page that says to check the email")
    public Response refer(String body) {
        return accept(ENDPOINT, ReferralForm.class, body, (valid, visit) -> {
            Instant now = now();
            if (!quotas.admit(EmailAddress.of(valid.referrerEmail), valid.colleagues.size(), now)) {
                referrals.refusedOverCap(EmailAddress.of(valid.referrerEmail), visit.globalPrivacyControl(), now);
                return accepted(valid.colleagues.size(), unstoredReceipt(valid, visit));
            }
            var referrer = submissions.record(ReferralForm.REFERRER_FORM,
                    valid.referrer(visit.clientAddress(), visit.userAgent()), false, visit.globalPrivacyControl());
            referrals.refer(referrer, valid.colleagues, now);
            return accepted(valid.colleagues.size(), receiptLinks.url(referrer));
        }, sent -> accepted(sent.colleagues == null ? 1 : sent.colleagues.size(),
                receiptLinks.decoyUrl(UUID.randomUUID().toString(), ReferralForm.REFERRER_FORM)),
                (valid, visit) -> accepted(valid.colleagues.size(), unstoredReceipt(valid, visit)));
    }

    private String unstoredReceipt(ReferralForm valid, Visit visit) {
        return receiptLinks.unstoredUrl(UUID.randomUUID().toString(), ReferralForm.REFERRER_FORM,
                valid.referrer(visit.clientAddress(), visit.userAgent()), false, visit.globalPrivacyControl());
    }

    /** The receipt is the referrer's own: what was kept about the colleagues is theirs, not the referrer's. */
    private static Receipt accepted(int colleagues, String receipt) {
        return Receipt.of(202, "accepted", colleagues, "confirmation", ReferralAnswer.EMAILED, "receipt", receipt);
    }
}
