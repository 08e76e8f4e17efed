package com.psynergybilling.leads.intake.control;

import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.platform.control.Browsers;
import com.psynergybilling.leads.platform.control.Digests;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The parts of public intake that need no transaction: Idempotency-Key checks and the answer
 * (JSON to programs, a redirect to the thank-you page for browsers).
 */
@ApplicationScoped
public class PublicIntake {

    static final int MAX_KEY_LENGTH = 128;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "leads.thank.you.url")
    Optional<String> thankYouUrl;

    /**
     * The Idempotency-Key of this request, hashed with the endpoint it was sent to and the client that
     * sent it: another client choosing the same key neither gets this client's answer nor blocks it.
     */
    public Optional<String> idempotencyKey(HttpHeaders headers, String endpoint, String client) {
        String key = headers.getHeaderString("Idempotency-Key");
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters.");
        }
        return Optional.of(Digests.sha256(endpoint + "\n" + client + "\n" + key));
    }

    /** Two requests are the same when their validated, normalised forms are. */
    public String requestHash(String endpoint, Object form) {
        return Digests.sha256(endpoint + "\n" + JSON.toJson(form));
    }

    /**
     * The answer to an accepted form: JSON for programs; for browsers 303 to {@code browserPage} (a
     * path of this service) or, when null, to the thank-you page.
     */
    public Response answer(HttpHeaders request, Receipt receipt, String browserPage) {
        if (Browsers.postedAFormAndWantsHtml(request)) {
            // The receipt's link goes along: in a Link header, and on the built-in thank-you page.
            var link = ReceiptLinkHeader.url(receipt.body());
            var answer = Response.seeOther(browserPage == null ? thankYouPage(link) : page(browserPage));
            ReceiptLinkHeader.of(receipt.body()).ifPresent(header -> answer.header(HttpHeaders.LINK, header));
            return answer.build();
        }
        var answer = Response.status(receipt.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(receipt.body());
        ReceiptLinkHeader.of(receipt.body()).ifPresent(link -> answer.header(HttpHeaders.LINK, link));
        return answer.build();
    }

    URI page(String path) {
        return URI.create(publicUrl.of(path));
    }

    /**
     * LEADS_THANK_YOU_URL as set (another site's page is not handed the receipt's token), or the
     * built-in page, which links the receipt: {@code /thank-you?receipt=<token>}.
     */
    URI thankYouPage(Optional<String> receipt) {
        if (thankYouUrl.filter(u -> !u.isBlank()).isPresent()) {
            return URI.create(thankYouUrl.get());
        }
        String query = receipt.map(url -> url.substring(url.lastIndexOf('/') + 1))
                .filter(token -> token.matches("[A-Za-z0-9._-]{1,800}")).map(token -> "?receipt=" + token).orElse("");
        return URI.create(publicUrl.of("/thank-you" + query));
    }

}
