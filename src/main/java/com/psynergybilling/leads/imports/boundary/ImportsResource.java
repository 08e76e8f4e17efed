package com.psynergybilling.leads.imports.boundary;

import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import com.psynergybilling.leads.platform.control.NewestFirst;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.imports.control.AddressRows;
import com.psynergybilling.leads.imports.control.CsvReader;
import com.psynergybilling.leads.imports.control.Declarations;
import com.psynergybilling.leads.imports.control.ImportProgress;
import com.psynergybilling.leads.imports.control.LeadRows;
import com.psynergybilling.leads.imports.entity.Declaration;
import com.psynergybilling.leads.imports.entity.Import;
import com.psynergybilling.leads.imports.entity.ImportKind;
import com.psynergybilling.leads.imports.entity.ImportPage;
import com.psynergybilling.leads.imports.entity.ImportView;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.QueryParams;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports: a CSV of leads under one declared collection record, and addresses for the do-not-contact
 * list. The file is checked whole before the answer (size, type, UTF-8, CSV shape, header, the
 * declaration against the policy); its rows are read in the background, and the answer's Location
 * tells the progress.
 */
@Path("imports")
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource extends StaffCallResource {

    static final String CSV = "text/csv";
    static final int MAX_FIELD = 10_000;
    private static final String LEADS_EXAMPLE = "fullName,email,organization,practiceSpecialty,ageConfirmed\n"
            + "Dr. Jane Doe,jane.doe@example-clinic.com,Springfield Family Practice,Cardiology,true\n";

    @Inject
    Clock clock;

    @Inject
    PolicyBook policies;

    @Inject
    Forms forms;

    @Inject
    ImportSteps steps;

    @Inject
    ImportRuns runs;

    @Inject
    @ConfigProperty(name = "leads.import.stale.seconds", defaultValue = Defaults.LEADS_IMPORT_STALE_SECONDS)
    long staleSeconds;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("leads")
    @Consumes(CSV)
    @Operation(operationId = "importLeads", summary = "Import a CSV of leads under one declared collection record",
            description = "The body is UTF-8 CSV (RFC 4180) whose header names fields of the demo-request form "
                    + "(fullName, email and ageConfirmed required; requestType comes from source). The query declares "
                    + "the collection record of every row (R1); it is refused (422) unless, under policyVersion, the "
                    + "form collects for every declared purpose, collectedAt is not in the future and falls while "
                    + "that version was in force, and a purpose resting on consent comes with consentEvidence. Each "
                    + "row is validated as the public form validates a post; refused rows are listed by line. The "
                    + "same file (by SHA-256) posted again answers with the first import and stores nothing new. A "
                    + "reported minor's address is refused (R4); a suppressed address is imported and stays excluded.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "leads", value = LEADS_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "accepted; rows are read in the background (see Location)",
            headers = @Header(name = "Location", description = "the import's progress"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Import")))
    @APIResponse(responseCode = "200", description = "this file was imported before: that import, as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Import")))
    @APIResponse(responseCode = "400", description = "a missing declaration field, not UTF-8, malformed CSV (with its "
            + "line) or a header naming no field of the form")
    @APIResponse(responseCode = "409", description = "this file was imported before under another declared record")
    @APIResponse(responseCode = "413", description = "body over LEADS_IMPORT_MAX_BYTES")
    @APIResponse(responseCode = "415", description = "not text/csv")
    @APIResponse(responseCode = "422", description = "the policy does not permit the declared record")
    public Response leads(
            @Parameter(description = "the form the data was collected by", example = "DEMO_REQUEST",
                    schema = @Schema(enumeration = {"DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST"}))
            @QueryParam("source") String source,
            @Parameter(description = "the policy version in force when it was collected", example = "2024-06-30")
            @QueryParam("policyVersion") String policyVersion,
            @Parameter(description = "when it was collected (ISO-8601 UTC)", example = "2025-03-01T00:00:00Z")
            @QueryParam("collectedAt") String collectedAt,
            @Parameter(description = "purpose codes of the policy, repeated or comma-separated",
                    example = "PROVIDING_THE_SERVICE,COMMUNICATING_WITH_YOU")
            @QueryParam("purposes") List<String> purposes,
            @Parameter(description = "where the consent was recorded; required with a purpose resting on consent "
                    + "(WITH_CONSENT)", example = "CRM consent log, export of 2025-03-01")
            @QueryParam("consentEvidence") String consentEvidence,
            byte[] body) {
        Declaration declared = Declarations.read(source, policyVersion, collectedAt, purposes, consentEvidence);
        var form = Declarations.judge(declared, policies.versions(), Moments.now(clock));
        String text = text(body);
        int rows = count(text, reader -> LeadRows.of(forms.validator(), reader.next().fields(), declared, form));
        String digest = sha256(body);
        var begun = begin(ImportKind.LEADS, digest,
                () -> Import.ofLeads(digest, body.length, rows, declared, caller(), Moments.now(clock)),
                earlier -> earlier.declares(declared));
        if (begun.run()) {
            runs.leads(begun.imported().id(), text, header -> LeadRows.of(forms.validator(), header, declared, form), MAX_FIELD);
        }
        return answer(begun);
    }

    @POST
    @Path("suppressions")
    @Consumes({MediaType.TEXT_PLAIN, CSV})
    @Operation(operationId = "importSuppressions", summary = "Put addresses on the do-not-contact list",
            description = "text/plain with one address a line, or text/csv with an email column. Each address goes "
                    + "on the list as a keyed hash under each kind named (NO_PROMOTIONS when none is), never in clear, "
                    + "not even in the import's record or the log; existing entries stay as they are. Lines that hold "
                    + "no address are listed by number. The same file posted again answers with the first import.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "plain", value = "someone@example.com\nother@example.org\n")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "email\nsomeone@example.com\n"))})
    @APIResponse(responseCode = "202", description = "accepted; addresses are hashed and listed in the background",
            headers = @Header(name = "Location", description = "the import's progress"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Import")))
    @APIResponse(responseCode = "200", description = "this file was imported before: that import, as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Import")))
    @APIResponse(responseCode = "400", description = "an unknown kind, not UTF-8, malformed CSV (with its line) or no "
            + "email column")
    @APIResponse(responseCode = "409", description = "this file was imported before under other kinds")
    @APIResponse(responseCode = "413", description = "body over LEADS_IMPORT_MAX_BYTES")
    @APIResponse(responseCode = "415", description = "neither text/plain nor text/csv")
    public Response suppressions(
            @Parameter(description = "suppression kinds, repeated or comma-separated (default NO_PROMOTIONS)",
                    example = "NO_PROMOTIONS")
            @QueryParam("kind") List<String> kindNames,
            byte[] body) {
        Set<Suppression> kinds = kinds(kindNames);
        String text = text(body);
        boolean csv = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(CSV));
        Supplier<AddressRows> addresses = () -> csv ? AddressRows.csv(text, MAX_FIELD) : AddressRows.plain(text);
        int rows = 0;
        try {
            for (var read = addresses.get(); read.hasNext(); read.next()) {
                rows++;
            }
        } catch (CsvReader.MalformedCsv e) {
            throw malformed(e);
        }
        if (rows == 0) {
            throw ProblemException.badRequest("The file holds no address.");
        }
        String digest = sha256(body);
        var names = kinds.stream().map(Enum::name).sorted().toList();
        int total = rows;
        var begun = begin(ImportKind.SUPPRESSIONS, digest,
                () -> Import.ofSuppressions(digest, body.length, total, names, caller(), Moments.now(clock)),
                earlier -> earlier.suppressionKinds().equals(names));
        if (begun.run()) {
            runs.suppressions(begun.imported().id(), addresses, kinds);
        }
        return answer(begun);
    }

    @GET
    @Operation(operationId = "listImports", summary = "Imports, newest first",
            description = "Each with its kind, state, declared record and counts; its line errors are read one "
                    + "import at a time (GET /imports/{id}). Page with nextCursor.")
    @APIResponse(responseCode = "200", description = "a page of imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportPage.class)))
    @APIResponse(responseCode = "400", description = "limit out of range or a malformed cursor")
    public ImportPage list(@QueryParam("cursor") String cursor,
                           @Parameter(description = "1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams.requireLimit(limit, 200);
        var found = steps.page(cursor, limit + 1);
        var items = found.stream().limit(limit).map(i -> ImportView.of(i, null)).toList();
        return new ImportPage(items, NewestFirst.next(found, limit, Import::createdAt, Import::id));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import's progress and errors",
            description = "rowsRead grows chunk by chunk while the state is RUNNING; errors list the refused rows by "
                    + "line and field (the first 1000), never their values.")
    @APIResponse(responseCode = "200", description = "the import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Import")))
    @APIResponse(responseCode = "404", description = "no such import")
    public ImportView one(@PathParam("id") String id) {
        return view(steps.find(id).orElseThrow(() -> ProblemException.notFound("This import")));
    }

    private ImportSteps.Begun begin(ImportKind kind, String digest, Supplier<Import> fresh,
                                    java.util.function.Predicate<Import> sameDeclaration) {
        var quietSince = Moments.now(clock).minus(Duration.ofSeconds(staleSeconds));
        try {
            return steps.begin(kind, digest, fresh, quietSince, sameDeclaration);
        } catch (ProblemException refused) {
            throw refused;
        } catch (RuntimeException raced) {
            // The same file posted twice at once: the unique digest lets one in; the other answers with it.
            return new ImportSteps.Begun(steps.find(kind, digest).orElseThrow(() -> raced), false);
        }
    }

    private Response answer(ImportSteps.Begun begun) {
        var location = uri.getBaseUriBuilder().path("imports").path(begun.imported().id()).build();
        var view = view(steps.find(begun.imported().id()).orElse(begun.imported()));
        return Response.status(begun.run() ? 202 : 200).location(location).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(view).build();
    }

    private static ImportView view(Import imported) {
        return ImportView.of(imported, ImportProgress.parse(imported.errors()));
    }

    private int count(String text, java.util.function.Function<CsvReader, LeadRows> header) {
        var reader = new CsvReader(text, MAX_FIELD);
        try {
            if (!reader.hasNext()) {
                throw ProblemException.badRequest("The file is empty.");
            }
            header.apply(reader);
            int rows = 0;
            for (; reader.hasNext(); reader.next()) {
                rows++;
            }
            if (rows == 0) {
                throw ProblemException.badRequest("The file holds a header and no rows.");
            }
            return rows;
        } catch (CsvReader.MalformedCsv e) {
            throw malformed(e);
        }
    }

    private static ProblemException malformed(CsvReader.MalformedCsv e) {
        return new ProblemException(new Problem("malformed-csv", "Malformed CSV", 400,
                "Line " + e.line() + ": " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2) + "."));
    }

    static Set<Suppression> kinds(List<String> names) {
        var kinds = EnumSet.noneOf(Suppression.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    kinds.add(Suppression.valueOf(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest("kind must be one of " + EnumSet.allOf(Suppression.class) + ".");
                }
            }
        }
        return kinds.isEmpty() ? EnumSet.of(Suppression.NO_PROMOTIONS) : kinds;
    }

    static String text(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("A file is required.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The file is not UTF-8 text.");
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
