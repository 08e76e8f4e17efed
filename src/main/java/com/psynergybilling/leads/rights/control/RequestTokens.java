package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The tokens of the links a requester gets: the request id and an expiry, signed with the service's
 * key for one purpose (verification or appeal), so nobody can forge or stretch one, nor use one
 * purpose's token for the other. One-time use is the request's own state: a verified request cannot
 * be verified again.
 */
@ApplicationScoped
public class RequestTokens {

    public static final Purpose VERIFY = new Purpose("privacy-verify",
            "Invalid link", "This verification link is not valid; use the link in the email.",
            "Expired link", "This verification link has expired; please send your request again.");
    public static final Purpose APPEAL = new Purpose("privacy-appeal",
            "Invalid token", "This appeal token is not valid; use the one in the decision email.",
            "Expired token", "The time to appeal this decision has passed.");
    private static final int ID = SignedIds.ID_LENGTH;

    /**
     * One kind of link: the purpose its token is signed for, and what its holder is told when the
     * token is not genuine (400) or has expired (410). The words differ by kind because a verification
     * link is clicked and an appeal token is pasted.
     */
    public record Purpose(String name, String invalidTitle, String invalidDetail, String expiredTitle,
            String expiredDetail) {

        ProblemException invalid() {
            return new ProblemException(new Problem("invalid-link", invalidTitle, 400, invalidDetail));
        }

        ProblemException expired() {
            return new ProblemException(new Problem("expired-link", expiredTitle, 410, expiredDetail));
        }
    }

    /** What a genuine token says; whether it has expired is the caller's question. */
    public record Signed(String requestId, Instant expiresAt) {

        public boolean expired(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    @Inject
    SignedIds signed;

    public String token(Purpose purpose, String requestId, Instant expiresAt) {
        return signed.signed(purpose.name(), requestId + "." + expiresAt.getEpochSecond());
    }

    /**
     * The request a genuine, unexpired token of {@code purpose} names at {@code now}; otherwise the
     * problem its holder should see.
     */
    public String requestId(Purpose purpose, String token, Instant now) {
        var read = read(purpose, token).orElseThrow(purpose::invalid);
        if (read.expired(now)) {
            throw purpose.expired();
        }
        return read.requestId();
    }

    /** What a genuine token of {@code purpose} names; empty for anything else. */
    public Optional<Signed> read(Purpose purpose, String token) {
        if (token == null || token.length() < ID + 4 || token.length() > SignedIds.MAX_LENGTH || token.charAt(ID) != '.') {
            return Optional.empty();
        }
        return signed.payload(purpose.name(), token).flatMap(payload -> {
            try {
                return Optional.of(new Signed(payload.substring(0, ID),
                        Instant.ofEpochSecond(Long.parseLong(payload.substring(ID + 1)))));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return Optional.empty();
            }
        });
    }
}
