package com.psynergybilling.leads.imports.control;

import com.psynergybilling.leads.imports.entity.Declaration;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.sales.entity.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a declared collection record against the policy book (R1, R3) before a row is read: the
 * version must exist and have been in force when the data was collected, the form must exist under
 * it and collect for every declared purpose, a purpose that rests on consent needs its evidence, and
 * nothing is collected in the future. Only the forms that make a sales lead (demo, pricing and
 * product-information requests) can be imported: they are the ones whose rows the public form
 * validates on its own.
 */
public final class Declarations {

    static final int MAX_EVIDENCE = 500;

    private Declarations() {
    }

    /** The declaration as sent; a missing or unreadable field is a 400, a refusal by the policy a 422. */
    public static Declaration read(String form, String version, String collectedAt, List<String> purposes,
                                   String evidence) {
        var missing = new ArrayList<String>();
        if (blank(form)) {
            missing.add("source");
        }
        if (blank(version)) {
            missing.add("policyVersion");
        }
        if (blank(collectedAt)) {
            missing.add("collectedAt");
        }
        var declared = purposes.stream().flatMap(p -> List.of(p.split(",")).stream()).map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().sorted().toList();
        if (declared.isEmpty()) {
            missing.add("purposes");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("The declared collection record needs " + String.join(", ", missing) + ".");
        }
        Instant at;
        try {
            at = Instant.parse(collectedAt.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("collectedAt must be an ISO-8601 UTC time such as 2025-03-01T00:00:00Z.");
        }
        String cleanEvidence = blank(evidence) ? null : evidence.strip();
        if (cleanEvidence != null && (cleanEvidence.length() > MAX_EVIDENCE
                || cleanEvidence.chars().anyMatch(Character::isISOControl))) {
            throw ProblemException.badRequest("consentEvidence must be one line of at most " + MAX_EVIDENCE + " characters.");
        }
        return new Declaration(form.strip(), version.strip(), at, declared, cleanEvidence);
    }

    /** The form rule the rows are collected under, once the policy permits the declaration. */
    public static FormRule judge(Declaration declared, List<Policy> versions, Instant now) {
        if (RequestType.ofForm(declared.sourceForm()).isEmpty()) {
            throw refused("Only DEMO_REQUEST, PRICING_REQUEST and PRODUCT_INFO_REQUEST leads can be imported, not "
                    + declared.sourceForm() + ".");
        }
        Policy policy = versions.stream().filter(p -> p.version().equals(declared.policyVersion())).findFirst()
                .orElseThrow(() -> refused("This service holds no policy version " + declared.policyVersion() + "."));
        if (declared.collectedAt().isAfter(now)) {
            throw refused("collectedAt is in the future.");
        }
        inForceAt(declared, versions, policy);
        FormRule form = policy.form(declared.sourceForm()).orElseThrow(() -> refused(
                "Policy " + policy.version() + " defines no form " + declared.sourceForm() + "."));
        for (String purpose : declared.purposes()) {
            if (!form.purposes().contains(purpose) && !form.consentPurposes().contains(purpose)) {
                throw refused("Under policy " + policy.version() + " the form " + form.code()
                        + " does not collect for the purpose " + purpose + ".");
            }
        }
        boolean onConsent = declared.purposes().stream().anyMatch(form.consentPurposes()::contains);
        if (onConsent && declared.consentEvidence() == null) {
            throw refused("A purpose that rests on consent (" + String.join(", ", form.consentPurposes())
                    + ") needs consentEvidence.");
        }
        if (declared.purposes().stream().noneMatch(form.purposes()::contains)) {
            throw refused("Declare at least one of the form's own purposes: " + String.join(", ", form.purposes()) + ".");
        }
        return form;
    }

    /** A version named by a date came into force that day and left it when the next one came. */
    private static void inForceAt(Declaration declared, List<Policy> versions, Policy policy) {
        Optional<Instant> from = start(policy);
        if (from.isPresent() && declared.collectedAt().isBefore(from.get())) {
            throw refused("Policy " + policy.version() + " was not yet in force at collectedAt.");
        }
        versions.stream().filter(p -> p.version().compareTo(policy.version()) > 0)
                .map(p -> start(p).map(s -> new Object[]{p.version(), s})).flatMap(Optional::stream)
                .filter(later -> !declared.collectedAt().isBefore((Instant) later[1])).findFirst()
                .ifPresent(later -> {
                    throw refused("At collectedAt policy " + later[0] + " was in force, not " + policy.version() + ".");
                });
    }

    private static Optional<Instant> start(Policy policy) {
        try {
            return Optional.of(LocalDate.parse(policy.version()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    static ProblemException refused(String detail) {
        return new ProblemException(new Problem("import-refused", "Import refused by the policy", 422, detail));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
