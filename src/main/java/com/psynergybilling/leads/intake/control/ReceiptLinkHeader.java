package com.psynergybilling.leads.intake.control;

import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Link} header (RFC 8288) of a form's answer that carries its consent receipt's link in the
 * field {@code receipt}: read from the answer's body, so a repeat under an Idempotency-Key gets it too.
 */
public final class ReceiptLinkHeader {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** A plain http(s) link: visible ASCII, nothing that could end the header's angle brackets or quote. */
    private static final Pattern PLAIN_LINK = Pattern.compile("https?://[\\x21-\\x7e&&[^<>\"]]+");

    private ReceiptLinkHeader() {
    }

    /** The header's value, when the answer carries a plain http(s) link. */
    public static Optional<String> of(String body) {
        return url(body).map(url -> "<" + url + ">; rel=\"describedby\"; type=\"application/json\"");
    }

    static Optional<String> url(String body) {
        try (var reader = JSON.createReader(new StringReader(body))) {
            var value = reader.readObject().get("receipt");
            return value instanceof JsonString url && PLAIN_LINK.matcher(url.getString()).matches()
                    ? Optional.of(url.getString()) : Optional.empty();
        } catch (RuntimeException notAnObject) {
            return Optional.empty();
        }
    }
}
