package com.psynergybilling.leads.audit.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry as the log holds it: whose is the keyed hash, never an address. */
@Schema(name = "AuditEntry")
@JsonbPropertyOrder({"seq", "at", "actor", "action", "subject", "purpose", "detail"})
public class AuditEntryView {

    @Schema(example = "1042")
    public long seq;
    public Instant at;
    @Schema(example = "jsmith")
    public String actor;
    @Schema(example = "DISCLOSE_TO_PARTNER")
    public String action;
    @Schema(description = "keyed hash (HMAC-SHA256) of the person's address; absent when the entry is about no one")
    public String subject;
    @Schema(example = "WITH_CONSENT")
    public String purpose;
    @Schema(description = "ids or counts, never personal data")
    public String detail;

    public static AuditEntryView of(AuditEntry entry) {
        var view = new AuditEntryView();
        view.seq = entry.seq();
        view.at = entry.at();
        view.actor = entry.actor();
        view.action = entry.action();
        view.subject = entry.subject();
        view.purpose = entry.purpose();
        view.detail = entry.detail();
        return view;
    }
}
