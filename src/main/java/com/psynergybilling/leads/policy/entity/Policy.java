package com.psynergybilling.leads.policy.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** One version of the privacy policy, as loaded from its file. */
public record Policy(String version, String title, Map<String, String> purposes, Map<String, String> recipients,
                     Map<String, CategoryRule> categories, Map<String, FormRule> forms) {

    public Policy {
        purposes = Map.copyOf(purposes);
        recipients = Map.copyOf(recipients);
        categories = Map.copyOf(categories);
        forms = Map.copyOf(forms);
    }

    public Optional<FormRule> form(String code) {
        return Optional.ofNullable(forms.get(code));
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
