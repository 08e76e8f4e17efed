package com.psynergybilling.leads.people.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The personal data one form submission carried, already validated. Field names are the ones the
 * policy file maps to categories, so the collection record lists exactly the categories present.
 */
public record SubmittedData(EmailAddress email, String fullName, String phone, String organization,
                            String businessAddress, String practiceSpecialty, Integer providerCount,
                            String productInterest, String comments, String pageUrl, String clientAddress,
                            String userAgent) {

    public List<String> presentFields() {
        var present = new ArrayList<String>();
        present.add("email");
        add(present, "fullName", fullName);
        add(present, "phone", phone);
        add(present, "organization", organization);
        add(present, "businessAddress", businessAddress);
        add(present, "practiceSpecialty", practiceSpecialty);
        add(present, "providerCount", providerCount);
        add(present, "productInterest", productInterest);
        add(present, "comments", comments);
        add(present, "pageUrl", pageUrl);
        add(present, "clientAddress", clientAddress);
        add(present, "userAgent", userAgent);
        return present;
    }

    /** The values by field name, nulls left out: what a stored submission holds ({@code Submission.fields()}). */
    public Map<String, Object> values() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("fullName", fullName);
        fields.put("email", email == null ? null : email.value());
        fields.put("phone", phone);
        fields.put("organization", organization);
        fields.put("businessAddress", businessAddress);
        fields.put("practiceSpecialty", practiceSpecialty);
        fields.put("providerCount", providerCount);
        fields.put("productInterest", productInterest);
        fields.put("comments", comments);
        fields.put("pageUrl", pageUrl);
        fields.put("clientAddress", clientAddress);
        fields.put("userAgent", userAgent);
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    private static void add(List<String> present, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            present.add(name);
        }
    }
}
