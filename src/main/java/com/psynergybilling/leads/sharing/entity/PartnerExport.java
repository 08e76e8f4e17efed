package com.psynergybilling.leads.sharing.entity;

import com.psynergybilling.leads.platform.control.CsvCells;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an export to a partner; every person in it is logged as a disclosure. */
@Schema(name = "PartnerExport")
@JsonbPropertyOrder({"exportId", "partnerId", "exportedAt", "count", "people", "nextCursor"})
public class PartnerExport {

    @Schema(description = "names the disclosures this page logged")
    public String exportId;
    public String partnerId;
    public Instant exportedAt;
    public int count;
    public List<SharedPerson> people;
    @Schema(description = "pass as cursor to export the next page; absent on the last page")
    public String nextCursor;

    public PartnerExport(String exportId, String partnerId, Instant exportedAt, List<SharedPerson> people,
                         String nextCursor) {
        this.exportId = exportId;
        this.partnerId = partnerId;
        this.exportedAt = exportedAt;
        this.count = people.size();
        this.people = people;
        this.nextCursor = nextCursor;
    }

    /** The rows as CSV with a header, every cell neutralised against formulas. */
    public String csv() {
        var csv = new StringBuilder(CsvCells.row("name", "email"));
        people.forEach(p -> csv.append(CsvCells.row(p.name, p.email)));
        return csv.toString();
    }
}
