package com.psynergybilling.leads.people.entity;

/** Raised, in the submitting transaction, for every stored submission; components act on their kind. */
public record SubmissionReceived(Submission submission) {
}
