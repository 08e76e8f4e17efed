package com.psynergybilling.leads.platform.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldError")
public class FieldError {

    @Schema(example = "email")
    public String field;
    @Schema(example = "must be a well-formed email address")
    public String message;

    public FieldError(String field, String message) {
        this.field = field;
        this.message = message;
    }
}
