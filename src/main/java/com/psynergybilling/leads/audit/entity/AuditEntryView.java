package com.psynergybilling.leads.audit.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry as the log holds it: whose is the keyed hash, never an address. */
@Schema(name = "AuditEntry")
@JsonbPropertyOrder({"seq", "at", "actor", "action", "subject", "purpose", "detail"})
public record AuditEntryView(
        @Schema(example = "1042") long seq,
        Instant at,
        @Schema(example = "jsmith") String actor,
        @Schema(example = "DISCLOSE_TO_PARTNER") String action,
        @Schema(description = "keyed hash (HMAC-SHA256) of the person's address; absent when the entry is about no one")
        String subject,
        @Schema(example = "WITH_CONSENT") String purpose,
        @Schema(description = "ids or counts, never personal data") String detail) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                entry.purpose(), entry.detail());
    }
}
