package com.psynergybilling.leads.sharing.boundary;

import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.QueryParams;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.sharing.control.PartnerExports;
import com.psynergybilling.leads.sharing.control.Partners;
import com.psynergybilling.leads.sharing.entity.ExportCursor;
import com.psynergybilling.leads.sharing.entity.PartnerExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exports to a business partner (R14, R15, R16). An export is one page, in one transaction: its rows
 * and their disclosure records commit together before the answer is written, so a failure hands over
 * nothing. A longer list is several exports, continued by cursor.
 */
@Path("partners/{id}/exports")
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Partner sharing")
public class PartnerExportsResource extends StaffCallResource {

    static final String CSV = "text/csv";
    static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    static final String NEXT_CURSOR = "Next-Cursor";
    static final String EXPORT_ID = "Export-Id";
    static final String SUMMARY = "Export name and email of consenting people to the partner";
    static final String DESCRIPTION = "Only people who consented to partner sharing and did not withdraw it, "
            + "did not opt out of sale and sharing (by request, GPC signal or a do-not-contact entry barring it), and "
            + "are neither minors nor erased; unsubscribing from promotional email alone is no opt-out of sharing. "
            + "Name and email only. Each row is logged as a disclosure and audited in the export's transaction. One "
            + "page of at most `limit` rows; continue with `nextCursor`. `Accept: text/csv` gives CSV, with the "
            + "cursor in the Next-Cursor header.";

    @Inject
    Clock clock;

    @Inject
    Partners partners;

    @Inject
    PartnerExports exports;

    /** The most rows one export carries; a bound keeps a page's transaction and answer small. */
    @Inject
    @ConfigProperty(name = "leads.partner.export.max.rows", defaultValue = Defaults.LEADS_PARTNER_EXPORT_MAX_ROWS)
    int maxRows;

    @Context
    Request request;

    @POST
    @Transactional
    @Produces({MediaType.APPLICATION_JSON, CSV + ";qs=0.5"})
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "the page; every row in it is a logged disclosure",
            headers = {@Header(name = NEXT_CURSOR, description = "CSV only: the cursor of the next page, when there is one"),
                    @Header(name = EXPORT_ID, description = "CSV only: names the disclosures this page logged")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerExport.class)),
                    @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "the cursor or limit is malformed")
    @APIResponse(responseCode = "404", description = "no such partner")
    public Response export(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                           @Parameter(description = "rows per export, 1 to LEADS_PARTNER_EXPORT_MAX_ROWS (1000)")
                           @QueryParam("limit") @DefaultValue("500") int limit) {
        // JSON unless the client asked for CSV over it (q-values count; JSON first on a tie).
        var chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV_TYPE).build());
        var page = page(id, cursor, limit);
        if (chosen == null || !chosen.getMediaType().isCompatible(CSV_TYPE)) {
            return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
        }
        var answer = Response.ok(page.csv(), "text/csv; charset=UTF-8").header(EXPORT_ID, page.exportId())
                .header("Content-Disposition", "attachment; filename=\"partner-export-" + page.exportId() + ".csv\"");
        if (page.nextCursor() != null) {
            answer.header(NEXT_CURSOR, page.nextCursor());
        }
        return answer.build();
    }

    private PartnerExport page(String id, String cursor, int limit) {
        QueryParams.requireLimit(limit, maxRows);
        ExportCursor after = null;
        if (cursor != null) {
            try {
                after = ExportCursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("cursor is not one this service gave out.");
            }
        }
        return exports.page(partners.required(id), after, limit, caller(), Moments.now(clock));
    }
}
