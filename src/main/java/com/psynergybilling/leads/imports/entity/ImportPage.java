package com.psynergybilling.leads.imports.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of imports, newest first; {@code nextCursor} fetches the next (absent on the last). */
@Schema(name = "ImportPage")
public record ImportPage(
        @Schema(description = "the imports, without their line errors (GET /imports/{id} has them)")
        List<ImportView> items,
        @Schema(description = "pass as cursor for the next page; absent on the last page") String nextCursor) {
}
