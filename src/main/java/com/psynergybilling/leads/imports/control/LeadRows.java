package com.psynergybilling.leads.imports.control;

import com.psynergybilling.leads.imports.entity.Declaration;
import com.psynergybilling.leads.imports.entity.LineError;
import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.FormBinder;
import com.psynergybilling.leads.platform.control.FormProblems;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.sales.entity.RequestType;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the rows of a leads file as the public demo-request form: the header names the form's fields
 * (any case), each row is bound by the form binder and checked by the form's own Bean Validation, and
 * a valid row gets the collection record its declaration and its filled fields make (R1).
 */
public final class LeadRows {

    /** The form's fields a file may carry: its request type comes from the declaration, bots' honeypot never. */
    static final Map<String, String> COLUMNS = Arrays.stream(DemoRequestForm.class.getFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(Field::getName).filter(n -> !n.equals("website") && !n.equals("requestType"))
            .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a, TreeMap::new));
    static final List<String> REQUIRED = List.of("fullName", "email", "ageConfirmed");

    /** One row read: valid (data and consent) or refused (errors). */
    public record Row(int line, SubmittedData data, boolean consented, List<LineError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Validator validator;
    private final List<String> columns;
    private final Declaration declared;
    private final FormRule form;
    private final String requestType;

    private LeadRows(Validator validator, List<String> columns, Declaration declared, FormRule form) {
        this.validator = validator;
        this.columns = columns;
        this.declared = declared;
        this.form = form;
        this.requestType = RequestType.ofForm(declared.sourceForm()).orElseThrow().name();
    }

    /** Checks the header line: every column one of the form's fields, once, the required ones present. */
    public static LeadRows of(Validator validator, List<String> header, Declaration declared, FormRule form) {
        var columns = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (String raw : header) {
            String name = COLUMNS.get(raw.strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                throw ProblemException.badRequest("Line 1: the column \"" + printable(raw) + "\" is not a field of the "
                        + "form; the columns are " + String.join(", ", COLUMNS.values()) + ".");
            }
            if (!seen.add(name)) {
                throw ProblemException.badRequest("Line 1: the column " + name + " appears twice.");
            }
            columns.add(name);
        }
        var missing = REQUIRED.stream().filter(r -> !seen.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("Line 1: the header lacks the required column(s) " + String.join(", ", missing) + ".");
        }
        return new LeadRows(validator, List.copyOf(columns), declared, form);
    }

    public Row read(CsvReader.Record record) {
        if (record.fields().size() != columns.size()) {
            return new Row(record.line(), null, false, List.of(new LineError(record.line(), "row",
                    "has " + record.fields().size() + " fields; the header has " + columns.size())));
        }
        var fields = new MultivaluedHashMap<String, String>();
        for (int i = 0; i < columns.size(); i++) {
            fields.putSingle(columns.get(i), record.fields().get(i));
        }
        var bound = FormBinder.bind(fields, DemoRequestForm.class);
        DemoRequestForm row = bound.form();
        row.requestType = requestType;
        var errors = new ArrayList<LineError>();
        FormProblems.of(validator, row, bound.errors())
                .forEach(e -> errors.add(new LineError(record.line(), e.field(), e.message())));
        boolean onConsent = declared.purposes().stream().anyMatch(form.consentPurposes()::contains);
        if (row.consented() && !onConsent) {
            errors.add(new LineError(record.line(), "partnerSharingConsent",
                    "is true, but the declared record names no purpose that rests on consent"));
        }
        if (!errors.isEmpty()) {
            return new Row(record.line(), null, false, errors);
        }
        if (!row.consented() && declared.purposes().stream().allMatch(form.consentPurposes()::contains)) {
            return new Row(record.line(), null, false, List.of(new LineError(record.line(), "partnerSharingConsent",
                    "is not true, and every declared purpose rests on consent")));
        }
        return new Row(record.line(), row.data(null, null), row.consented(), List.of());
    }

    /**
     * The row's collection record: the declared form, version and time; the categories of the fields
     * it filled; the declared purposes, those resting on consent only for a row that consented.
     */
    public Collection collection(Row row) {
        var categories = new TreeSet<String>();
        row.data().presentFields().stream().map(form.fields()::get).filter(java.util.Objects::nonNull)
                .forEach(categories::add);
        var purposes = declared.purposes().stream()
                .filter(p -> row.consented() || !form.consentPurposes().contains(p)).toList();
        return new Collection(declared.sourceForm(), List.copyOf(categories), purposes, declared.policyVersion(),
                declared.collectedAt());
    }

    private static String printable(String raw) {
        String clean = raw.replaceAll("[^\\p{Alnum} _-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
