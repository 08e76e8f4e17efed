package com.psynergybilling.leads.imports.entity;

import com.psynergybilling.leads.platform.entity.CommaList;
import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.platform.entity.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One imported file, known by its SHA-256, with its declared record and its progress. Holds no
 * address: errors name lines and fields. The counts are written by the chunks as they commit.
 */
@Entity
@Table(name = "imports")
public class Import extends Identified {

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    private String digest;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    private String sourceForm;

    private String policyVersion;

    private Instant collectedAt;

    private String purposes;

    private String consentEvidence;

    private String suppressionKinds;

    private long totalBytes;

    private int rowsTotal;

    private int rowsRead;

    private int rowsAccepted;

    private int rowsRefused;

    private String errors;

    private String failure;

    private String createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant finishedAt;

    protected Import() {
    }

    private Import(ImportKind kind, String digest, long totalBytes, int rowsTotal, String createdBy, Instant now) {
        super(newId());
        this.kind = kind;
        this.digest = digest;
        this.state = ImportState.RUNNING;
        this.totalBytes = totalBytes;
        this.rowsTotal = rowsTotal;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Import ofLeads(String digest, long bytes, int rows, Declaration declared, String by, Instant now) {
        var started = new Import(ImportKind.LEADS, digest, bytes, rows, by, now);
        started.sourceForm = declared.sourceForm();
        started.policyVersion = declared.policyVersion();
        started.collectedAt = declared.collectedAt();
        started.purposes = CommaList.join(declared.purposes());
        started.consentEvidence = declared.consentEvidence();
        return started;
    }

    public static Import ofSuppressions(String digest, long bytes, int rows, List<String> kinds, String by, Instant now) {
        var started = new Import(ImportKind.SUPPRESSIONS, digest, bytes, rows, by, now);
        started.suppressionKinds = CommaList.join(kinds);
        return started;
    }

    /** Whether the same file was declared with this record (a repeat) or another one. */
    public boolean declares(Declaration declared) {
        return declared.sourceForm().equals(sourceForm) && declared.policyVersion().equals(policyVersion)
                && declared.collectedAt().equals(collectedAt) && CommaList.join(declared.purposes()).equals(purposes)
                && java.util.Objects.equals(declared.consentEvidence(), consentEvidence);
    }

    /** Whether a repeat of the file should pick up where this one stopped: it failed, or its node went quiet. */
    public boolean resumable(Instant quietSince) {
        return state == ImportState.FAILED || state == ImportState.RUNNING && updatedAt.isBefore(quietSince);
    }

    public void resume(Instant now) {
        state = ImportState.RUNNING;
        failure = null;
        updatedAt = now;
    }

    public void finish(Instant now) {
        state = ImportState.DONE;
        updatedAt = now;
        finishedAt = now;
    }

    /** {@code reason} names what failed, never a row's value. */
    public void fail(String reason, Instant now) {
        state = ImportState.FAILED;
        failure = Text.clip(reason, 400);
        updatedAt = now;
    }

    public ImportKind kind() {
        return kind;
    }

    public String digest() {
        return digest;
    }

    public ImportState state() {
        return state;
    }

    public Declaration declaration() {
        return sourceForm == null ? null : new Declaration(sourceForm, policyVersion, collectedAt,
                CommaList.split(purposes), consentEvidence);
    }

    public List<String> suppressionKinds() {
        return CommaList.split(suppressionKinds);
    }

    public long totalBytes() {
        return totalBytes;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int rowsAccepted() {
        return rowsAccepted;
    }

    public int rowsRefused() {
        return rowsRefused;
    }

    public String errors() {
        return errors;
    }

    public String failure() {
        return failure;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
