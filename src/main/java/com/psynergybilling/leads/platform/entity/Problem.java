package com.psynergybilling.leads.platform.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: what went wrong, in words safe to show any caller. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The challenges of a 401: HTTP Basic for people, bearer tokens for integrations. */
    public static final java.util.List<String> CHALLENGES = java.util.List.of(
            "Basic realm=\"leads\", charset=\"UTF-8\"", "Bearer realm=\"leads\"");
    private static final String TYPES = "https://psynergybilling.com/problems/";

    @Schema(example = "https://psynergybilling.com/problems/validation")
    public String type;
    @Schema(example = "Invalid request")
    public String title;
    @Schema(example = "400")
    public int status;
    @Schema(example = "2 fields need attention")
    public String detail;
    @Schema(description = "for validation failures: each field and what is wrong with it",
            type = SchemaType.ARRAY, implementation = FieldError.class)
    public List<FieldError> errors;

    public Problem(String slug, String title, int status, String detail) {
        this.type = slug == null ? "about:blank" : TYPES + slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    public Problem withErrors(List<FieldError> errors) {
        this.errors = errors;
        return this;
    }

    /** The standard answer for a status, for the container's and JAX-RS's own refusals. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> new Problem("bad-request", "Bad request", 400, "The request could not be understood.");
            case 401 -> new Problem("unauthorized", "Authentication required", 401,
                    "Send valid staff credentials (HTTP Basic) or a bearer token.");
            case 403 -> new Problem("forbidden", "Forbidden", 403, "Your role does not allow this.");
            case 404 -> new Problem("not-found", "Not found", 404, "Nothing is here.");
            case 405 -> new Problem("method-not-allowed", "Method not allowed", 405,
                    "This path does not accept that method.");
            case 406 -> new Problem("not-acceptable", "Not acceptable", 406,
                    "No representation matches the Accept header.");
            case 409 -> new Problem("conflict", "Conflict", 409, "The resource is in a conflicting state.");
            case 413 -> new Problem("payload-too-large", "Payload too large", 413, "The request body is too large.");
            case 415 -> new Problem("unsupported-media-type", "Unsupported media type", 415,
                    "Send application/json or application/x-www-form-urlencoded.");
            case 429 -> new Problem("too-many-requests", "Too many requests", 429, "Slow down and retry later.");
            case 503 -> new Problem("unavailable", "Service unavailable", 503, "Try again shortly.");
            default -> status >= 500
                    ? new Problem("internal", "Internal error", status, "Something went wrong on our side.")
                    : new Problem(null, "Request refused", status, "The request was refused.");
        };
    }
}
