package com.psynergybilling.leads.imports.entity;

import java.time.Instant;
import java.util.List;

/**
 * The collection record an administrator declares for every row of a leads file (R1): the form the
 * data was collected by, the policy version in force then, when, for which purposes, and the
 * evidence of consent when a purpose rests on it. Checked against the policy before any row is read.
 */
public record Declaration(String sourceForm, String policyVersion, Instant collectedAt, List<String> purposes,
                          String consentEvidence) {

    public Declaration {
        purposes = List.copyOf(purposes);
    }
}
