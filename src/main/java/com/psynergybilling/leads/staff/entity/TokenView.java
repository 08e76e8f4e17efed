package com.psynergybilling.leads.staff.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bearer token as listed: its id and label, never the token (it is shown once, when issued). */
@Schema(name = "Token")
public class TokenView {

    @Schema(example = "2c1d0f5e-7a4b-4c1e-9d8a-0b6c2e3f4a5b")
    public String id;
    @Schema(example = "CRM sync")
    public String label;
    public Instant createdAt;

    public static TokenView of(ApiToken token) {
        var view = new TokenView();
        view.id = token.id();
        view.label = token.label();
        view.createdAt = token.createdAt();
        return view;
    }
}
