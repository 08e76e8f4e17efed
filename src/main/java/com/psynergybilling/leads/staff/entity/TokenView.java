package com.psynergybilling.leads.staff.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bearer token as listed: its id and label, never the token (it is shown once, when issued). */
@Schema(name = "Token")
public record TokenView(
        @Schema(example = "2c1d0f5e-7a4b-4c1e-9d8a-0b6c2e3f4a5b") String id,
        @Schema(example = "CRM sync") String label,
        Instant createdAt) {

    public static TokenView of(ApiToken token) {
        return new TokenView(token.id(), token.label(), token.createdAt());
    }
}
