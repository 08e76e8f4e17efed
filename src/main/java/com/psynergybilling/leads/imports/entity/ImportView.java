package com.psynergybilling.leads.imports.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as an administrator reads it: its declared record, its progress and its line errors. */
@Schema(name = "Import")
public class ImportView {

    @Schema(example = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed")
    public String id;
    @Schema(enumeration = {"LEADS", "SUPPRESSIONS"})
    public String kind;
    @Schema(enumeration = {"RUNNING", "DONE", "FAILED"})
    public String state;
    @Schema(description = "SHA-256 of the file's bytes: the same file posted again answers with this import")
    public String digest;
    public long bytes;
    @Schema(description = "data rows in the file (lines with a record, the header aside)")
    public int rowsTotal;
    public int rowsRead;
    public int rowsAccepted;
    public int rowsRefused;
    @Schema(description = "the declared collection record (leads imports)")
    public DeclarationView declared;
    @Schema(description = "the suppression kinds the addresses were put under (suppression imports)")
    public List<String> suppressionKinds;
    @Schema(description = "the first 1000 refused rows' errors, by line (the header is line 1) and field")
    public List<LineError> errors;
    @Schema(description = "why the import stopped, when it failed; post the same file again to resume")
    public String failure;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant finishedAt;

    /** The declared record, as sent. */
    @Schema(name = "ImportDeclaration")
    public static class DeclarationView {
        public String source;
        public String policyVersion;
        public Instant collectedAt;
        public List<String> purposes;
        public String consentEvidence;
    }

    public static ImportView of(Import imported, List<LineError> errors) {
        var view = new ImportView();
        view.id = imported.id();
        view.kind = imported.kind().name();
        view.state = imported.state().name();
        view.digest = imported.digest();
        view.bytes = imported.totalBytes();
        view.rowsTotal = imported.rowsTotal();
        view.rowsRead = imported.rowsRead();
        view.rowsAccepted = imported.rowsAccepted();
        view.rowsRefused = imported.rowsRefused();
        var declaration = imported.declaration();
        if (declaration != null) {
            view.declared = new DeclarationView();
            view.declared.source = declaration.sourceForm();
            view.declared.policyVersion = declaration.policyVersion();
            view.declared.collectedAt = declaration.collectedAt();
            view.declared.purposes = declaration.purposes();
            view.declared.consentEvidence = declaration.consentEvidence();
        } else {
            view.suppressionKinds = imported.suppressionKinds();
        }
        view.errors = errors;
        view.failure = imported.failure();
        view.createdBy = imported.createdBy();
        view.createdAt = imported.createdAt();
        view.updatedAt = imported.updatedAt();
        view.finishedAt = imported.finishedAt();
        return view;
    }
}
