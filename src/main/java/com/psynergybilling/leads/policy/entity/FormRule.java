package com.psynergybilling.leads.policy.entity;

import java.util.List;
import java.util.Map;

/** What one form collects (field to category) and the purposes it collects them for. */
public record FormRule(String code, String name, Map<String, String> fields, List<String> purposes,
                       List<String> consentPurposes) {

    public FormRule {
        fields = Map.copyOf(fields);
        purposes = List.copyOf(purposes);
        consentPurposes = List.copyOf(consentPurposes);
    }
}
