package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.ConsentReceipt;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.LeadRetentionPeriod;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The link to a submission's consent receipt: the submission's id, when it was collected and what the
 * receipt says of it (form, policy version, which fields, consent, GPC, the masked address), signed
 * with the service's key ring for this purpose only ({@link SignedIds}). Nobody can make a link to
 * another's receipt or change what one says, and a rotated key still reads the links it signed. An
 * answer that stored nothing (a honeypot, a reported minor, a repeat) carries a link made the same way
 * from what was posted, so its receipt looks like any other (R4, R17: nothing tells whether an address
 * is known).
 */
@ApplicationScoped
public class ReceiptLinks {

    static final String PURPOSE = "consent-receipt";
    /** The documented public path (API.md); the old /api/v1/receipts/ answers 308 to it. */
    public static final String PATH = "/receipts/";
    /** A UUID, the collection time in epoch seconds, the claims (base64url), the hex HMAC. */
    public static final Pattern SHAPE =
            Pattern.compile("[0-9a-f-]{36}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{1,600}\\.[0-9a-f]{64}");
    public static final int MAX_TOKEN = 36 + 1 + 12 + 1 + 600 + 1 + 64;
    /** The order of the fields in a submission ({@code Submission.fields()}): a link names them by bit. */
    static final List<String> FIELDS = List.of("fullName", "email", "phone", "organization", "businessAddress",
            "practiceSpecialty", "providerCount", "productInterest", "comments", "pageUrl", "clientAddress",
            "userAgent");

    /** What a genuine link says of its record. */
    public record Claims(String id, Instant collectedAt, String form, String policyVersion, List<String> fields,
                         boolean consent, boolean gpc, String principal) {
    }

    @Inject
    Clock clock;

    @Inject
    SignedIds signedIds;

    @Inject
    PolicyBook policies;

    @Inject
    PublicUrl publicUrl;

    @Inject
    LeadRetentionPeriod retention;

    /** The receipt's address for {@code submission}; it works until the retention of the record ends (R27). */
    public String url(Submission submission) {
        var record = submission.collection();
        return url(new Claims(submission.id(), record.collectedAt(), record.sourceForm(), record.policyVersion(),
                List.copyOf(submission.fields().keySet()), submission.partnerSharingConsent(), submission.gpcSeen(),
                ConsentReceipt.masked(submission.person().email())));
    }

    /** The link an answer that stored nothing carries: made from what was posted, as a stored one would be. */
    public String unstoredUrl(String id, String form, SubmittedData data, boolean consent, boolean gpc) {
        return url(new Claims(id, Moments.now(clock), form, policies.current().version(), data.presentFields(), consent,
                gpc, ConsentReceipt.masked(data.email())));
    }

    /** The link a bot's answer carries: of the same shape, for a form that gave a name and an address. */
    public String decoyUrl(String id, String form) {
        return url(new Claims(id, Moments.now(clock), form, policies.current().version(), List.of("fullName", "email"),
                false, false, "b***@example.com"));
    }

    /** What a genuine token says, while its record's retention lasts; empty for anything else. */
    public Optional<Claims> claims(String token, Instant now) {
        if (token == null || token.length() > MAX_TOKEN || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return signedIds.payload(PURPOSE, token).flatMap(payload -> {
            String[] parts = payload.split("\\.");
            Instant collectedAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            if (!now.isBefore(expiry(collectedAt))) {
                return Optional.empty();
            }
            String[] said = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8).split("\n", -1);
            if (said.length != 5) {
                return Optional.empty();
            }
            int mask = Integer.parseInt(said[2], 16);
            var fields = new ArrayList<String>();
            for (int i = 0; i < FIELDS.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    fields.add(FIELDS.get(i));
                }
            }
            return Optional.of(new Claims(parts[0], collectedAt, said[0], said[1], List.copyOf(fields),
                    said[3].charAt(0) == '1', said[3].charAt(1) == '1', said[4]));
        });
    }

    /** How long a lead's record is kept (R27): what a receipt says, and how long its link works. */
    public int retentionMonths() {
        return retention.months();
    }

    /** When a record collected at {@code collectedAt} leaves retention, at the latest. */
    public Instant expiry(Instant collectedAt) {
        return retention.end(collectedAt);
    }

    String token(Claims claims) {
        int mask = 0;
        for (String field : claims.fields()) {
            int bit = FIELDS.indexOf(field);
            if (bit >= 0) {
                mask |= 1 << bit;
            }
        }
        String said = String.join("\n", claims.form(), claims.policyVersion(), Integer.toHexString(mask),
                (claims.consent() ? "1" : "0") + (claims.gpc() ? "1" : "0"), claims.principal());
        return signedIds.signed(PURPOSE, claims.id() + "." + claims.collectedAt().getEpochSecond() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(said.getBytes(StandardCharsets.UTF_8)));
    }

    private String url(Claims claims) {
        return publicUrl.of(PATH + token(claims));
    }
}
