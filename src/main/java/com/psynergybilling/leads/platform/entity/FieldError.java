package com.psynergybilling.leads.platform.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "email") String field,
        @Schema(example = "must be a well-formed email address") String message) {
}
