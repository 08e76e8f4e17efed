package com.psynergybilling.leads.policy.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** One version of the privacy policy, as loaded from its file. */
public record Policy(String version, String title, Map<String, String> purposes, Map<String, String> recipients,
                     Map<String, CategoryRule> categories, Map<String, FormRule> forms, Map<String, UseRule> uses,
                     Map<String, String> deletionExceptions) {

    public Policy {
        purposes = Map.copyOf(purposes);
        recipients = Map.copyOf(recipients);
        categories = Map.copyOf(categories);
        forms = Map.copyOf(forms);
        uses = Map.copyOf(uses);
        deletionExceptions = Map.copyOf(deletionExceptions);
    }

    public Optional<FormRule> form(String code) {
        return Optional.ofNullable(forms.get(code));
    }

    public Optional<UseRule> use(String code) {
        return Optional.ofNullable(uses.get(code));
    }

    /**
     * Judges {@code use} on a record collected under this version (R3): the record must have been
     * collected for the use's purpose, and each category of the record that the use touches must be
     * allowed, by this version's table, to serve that purpose and to reach that recipient.
     */
    public Decision judge(UseRule use, Collection record) {
        if (!version.equals(record.policyVersion())) {
            throw new IllegalArgumentException("A record is judged by the version it was collected under");
        }
        var touched = new TreeSet<String>(use.categories());
        touched.retainAll(record.categories());
        if (touched.isEmpty()) {
            return new Refusal(use.code(), "the record holds none of the categories " + use.code() + " needs");
        }
        if (!record.purposes().contains(use.purpose())) {
            return new Refusal(use.code(), "the record was not collected for " + use.purpose());
        }
        for (String category : touched) {
            CategoryRule row = categories.get(category);
            if (row == null || !row.purposes().contains(use.purpose())) {
                return new Refusal(use.code(), category + " may not serve " + use.purpose() + " under policy " + version);
            }
            if (use.recipient() != null && !row.recipients().contains(use.recipient())) {
                return new Refusal(use.code(), category + " may not be disclosed to " + use.recipient()
                        + " under policy " + version);
            }
        }
        return new Permit(use, touched, version);
    }

    /**
     * The collection record for a submission of {@code form} that filled {@code presentFields}: the
     * categories it actually holds and the purposes it was collected for (R1).
     */
    public Collection collect(String form, List<String> presentFields, boolean consented, java.time.Instant at) {
        FormRule rule = form(form).orElseThrow(() -> new IllegalArgumentException("Unknown form " + form));
        var held = new TreeSet<String>();
        for (String field : presentFields) {
            String category = rule.fields().get(field);
            if (category == null) {
                throw new IllegalArgumentException("Form " + form + " does not collect " + field);
            }
            held.add(category);
        }
        var purposes = new TreeSet<>(rule.purposes());
        if (consented) {
            purposes.addAll(rule.consentPurposes());
        }
        return new Collection(form, List.copyOf(held), List.copyOf(purposes), version, at);
    }
}
