package com.psynergybilling.leads.audit.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage")
public record AuditPage(
        @Schema(description = "newest first", type = SchemaType.ARRAY, implementation = AuditEntryView.class)
        List<AuditEntryView> items,
        @Schema(description = "pass as cursor for the next (older) page; absent on the last page") String nextCursor) {
}
