package com.psynergybilling.leads.sales.boundary;

import com.psynergybilling.leads.platform.control.CsvCells;
import com.psynergybilling.leads.sales.control.DemoRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The CSV export of the API and the console alike: pages read and audited one transaction each. */
@ApplicationScoped
public class SalesCsv {

    private static final int EXPORT_PAGE = 500;

    @Inject
    SalesReads reads;

    public void write(OutputStream out, DemoRequestFilter filter, String user) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvCells.row("id", "requestType", "status", "receivedAt", "assignee", "fullName", "email",
                "phone", "organization", "businessAddress", "practiceSpecialty", "providerCount",
                "productInterest", "comments", "note"));
        var next = filter;
        while (next != null) {
            var page = reads.page(next, EXPORT_PAGE, user, SalesDesk.Action.EXPORT_DEMO_REQUEST.name());
            for (var v : page.items()) {
                writer.write(CsvCells.row(v.id(), v.requestType(), v.status(), v.receivedAt(), v.assignee(), v.fullName(),
                        v.email(), v.phone(), v.organization(), v.businessAddress(), v.practiceSpecialty(),
                        v.providerCount(), v.productInterest(), v.comments(), v.note()));
            }
            next = page.next() == null ? null : filter.after(page.next());
        }
        writer.flush();
    }
}
