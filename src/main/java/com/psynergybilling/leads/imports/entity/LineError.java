package com.psynergybilling.leads.imports.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a row was refused: its line (the header is line 1), the column, and the rule; never the value. */
@Schema(name = "ImportLineError")
public record LineError(
        @Schema(example = "7") int line,
        @Schema(example = "email") String field,
        @Schema(example = "must be a well-formed email address") String message) {

    @Override
    public String toString() {
        return "line " + line + " " + field + ": " + message;
    }
}
