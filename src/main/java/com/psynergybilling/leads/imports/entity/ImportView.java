package com.psynergybilling.leads.imports.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as an administrator reads it: its declared record, its progress and its line errors. */
@Schema(name = "Import")
public record ImportView(
        @Schema(example = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed") String id,
        @Schema(enumeration = {"LEADS", "SUPPRESSIONS"}) String kind,
        @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String state,
        @Schema(description = "SHA-256 of the file's bytes: the same file posted again answers with this import")
        String digest,
        long bytes,
        @Schema(description = "data rows in the file (lines with a record, the header aside)") int rowsTotal,
        int rowsRead,
        int rowsAccepted,
        int rowsRefused,
        @Schema(description = "the declared collection record (leads imports)") DeclarationView declared,
        @Schema(description = "the suppression kinds the addresses were put under (suppression imports)")
        List<String> suppressionKinds,
        @Schema(description = "the first 1000 refused rows' errors, by line (the header is line 1) and field")
        List<LineError> errors,
        @Schema(description = "why the import stopped, when it failed; post the same file again to resume")
        String failure,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt) {

    /** The declared record, as sent. */
    @Schema(name = "ImportDeclaration")
    public record DeclarationView(String source, String policyVersion, Instant collectedAt, List<String> purposes,
                                  String consentEvidence) {
    }

    public static ImportView of(Import imported, List<LineError> errors) {
        var declaration = imported.declaration();
        var declared = declaration == null ? null : new DeclarationView(declaration.sourceForm(),
                declaration.policyVersion(), declaration.collectedAt(), declaration.purposes(),
                declaration.consentEvidence());
        return new ImportView(imported.id(), imported.kind().name(), imported.state().name(), imported.digest(),
                imported.totalBytes(), imported.rowsTotal(), imported.rowsRead(), imported.rowsAccepted(),
                imported.rowsRefused(), declared, declaration == null ? imported.suppressionKinds() : null, errors,
                imported.failure(), imported.createdBy(), imported.createdAt(), imported.updatedAt(),
                imported.finishedAt());
    }
}
