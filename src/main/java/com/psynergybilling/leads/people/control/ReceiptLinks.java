package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The link to a submission's consent receipt: the submission's id and the end of its retention,
 * signed with the service's key ring for this purpose only ({@link SignedIds}). Nobody can make a
 * link to another's receipt, a changed expiry breaks the signature, and a rotated key still reads
 * the links it signed.
 */
@ApplicationScoped
public class ReceiptLinks {

    static final String PURPOSE = "consent-receipt";
    public static final String PATH = "/api/v1/receipts/";
    /** A UUID, a dot, the expiry in epoch seconds, a dot, the hex HMAC. */
    public static final Pattern SHAPE = Pattern.compile("[0-9a-f-]{36}\\.[0-9]{1,12}\\.[0-9a-f]{64}");

    @Inject
    SignedIds signedIds;

    @Inject
    @ConfigProperty(name = "leads.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "leads.lead.retention.months", defaultValue = "24")
    int retentionMonths;

    /** The receipt's address for {@code submission}; it works until the retention of the record ends (R27). */
    public String url(Submission submission) {
        return url(submission.id(), submission.collection().collectedAt());
    }

    /**
     * A link of the same shape for an answer that stored nothing (a honeypot, a reported minor, a
     * repeat): the answer looks like any other, and the link finds no receipt, like an erased one.
     */
    public String decoyUrl() {
        return url(UUID.randomUUID().toString(), Moments.now());
    }

    /** The submission a genuine, unexpired token names; empty for anything else. */
    public Optional<String> submissionId(String token, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return signedIds.payload(PURPOSE, token).flatMap(payload -> {
            int dot = payload.indexOf('.');
            long expires = Long.parseLong(payload.substring(dot + 1));
            return now.getEpochSecond() < expires ? Optional.of(payload.substring(0, dot)) : Optional.empty();
        });
    }

    /** When a record collected at {@code collectedAt} leaves retention, at the latest. */
    public Instant expiry(Instant collectedAt) {
        return collectedAt.atOffset(ZoneOffset.UTC).plusMonths(retentionMonths).toInstant();
    }

    String token(String id, Instant collectedAt) {
        return signedIds.signed(PURPOSE, id + "." + expiry(collectedAt).getEpochSecond());
    }

    private String url(String id, Instant collectedAt) {
        return publicUrl.replaceAll("/+$", "") + PATH + token(id, collectedAt);
    }
}
