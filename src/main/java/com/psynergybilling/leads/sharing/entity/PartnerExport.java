package com.psynergybilling.leads.sharing.entity;

import com.psynergybilling.leads.platform.control.CsvCells;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an export to a partner; every person in it is logged as a disclosure. */
@Schema(name = "PartnerExport")
@JsonbPropertyOrder({"exportId", "partnerId", "exportedAt", "count", "people", "nextCursor"})
public record PartnerExport(
        @Schema(description = "names the disclosures this page logged") String exportId,
        String partnerId,
        Instant exportedAt,
        int count,
        List<SharedPerson> people,
        @Schema(description = "pass as cursor to export the next page; absent on the last page") String nextCursor) {

    public PartnerExport(String exportId, String partnerId, Instant exportedAt, List<SharedPerson> people,
                         String nextCursor) {
        this(exportId, partnerId, exportedAt, people.size(), people, nextCursor);
    }

    /** The rows as CSV with a header, every cell neutralised against formulas. */
    public String csv() {
        var csv = new StringBuilder(CsvCells.row("name", "email"));
        people.forEach(p -> csv.append(CsvCells.row(p.name(), p.email())));
        return csv.toString();
    }
}
