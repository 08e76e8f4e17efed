package com.psynergybilling.leads.imports.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a row was refused: its line (the header is line 1), the column, and the rule; never the value. */
@Schema(name = "ImportLineError")
public class LineError {

    @Schema(example = "7")
    public int line;
    @Schema(example = "email")
    public String field;
    @Schema(example = "must be a well-formed email address")
    public String message;

    public LineError() {
    }

    public LineError(int line, String field, String message) {
        this.line = line;
        this.field = field;
        this.message = message;
    }

    @Override
    public String toString() {
        return "line " + line + " " + field + ": " + message;
    }
}
