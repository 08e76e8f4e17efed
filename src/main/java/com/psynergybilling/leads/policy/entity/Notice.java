package com.psynergybilling.leads.policy.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The notice at collection for one form (R1, R3), made from the same policy data that judges every
 * use: what the form collects by category, for which purposes, whether any of it may be sold or
 * shared (and that an opt-out or a Global Privacy Control signal stops it), how long it is kept, and
 * where the full policy is. The JSON answer and the HTML fragment are both written from it.
 */
@Schema(name = "CollectionNotice")
public record Notice(
        @Schema(example = "DEMO_REQUEST") String form,
        @Schema(example = "Demo request") String formName,
        @Schema(example = "2024-06-30") String policyVersion,
        List<Category> categories,
        List<Purpose> purposes,
        Sharing sharing,
        Retention retention,
        @Schema(example = "https://www.psynergybilling.com/privacy-policy") String policyUrl) {

    /** The same notice for other forms: {@code form} and {@code formName} name them. */
    public Notice forForms(String form, String formName) {
        return new Notice(form, formName, policyVersion, categories, purposes, sharing, retention, policyUrl);
    }

    /** A category of personal information the form collects, with the form's fields in it. */
    @Schema(name = "NoticeCategory")
    public record Category(
            @Schema(example = "BASIC_IDENTIFIERS") String code,
            @Schema(example = "Basic Identifiers") String name,
            @Schema(example = "[\"email\", \"full name\"]") List<String> fields) {

        /** The fields in one line, for the HTML fragment (not a property of the JSON). */
        public String fieldList() {
            return String.join(", ", fields);
        }
    }

    /** A purpose the data is collected for; some only with the consent the form asks for. */
    @Schema(name = "NoticePurpose")
    public record Purpose(
            @Schema(example = "MARKETING") String code,
            @Schema(example = "Marketing and Promotional Purposes") String name,
            boolean withConsentOnly) {
    }

    /**
     * Whether any of it may be sold or shared, with whom, and what stops it: {@code optOutHonoured} says
     * that an opt-out of sale and sharing (a request, or the browser's Global Privacy Control signal) is
     * honoured.
     */
    @Schema(name = "NoticeSharing")
    public record Sharing(
            boolean mayBeSoldOrShared,
            List<Recipient> recipients,
            boolean optOutHonoured,
            boolean globalPrivacyControlHonoured,
            String summary) {
    }

    /** Who outside the company may receive which categories, and whether only with consent. */
    @Schema(name = "NoticeRecipient")
    public record Recipient(
            @Schema(example = "BUSINESS_PARTNERS") String code,
            @Schema(example = "Business Partners") String name,
            @Schema(example = "[\"Basic Identifiers\"]") List<String> categories,
            boolean withConsentOnly) {
    }

    /** How long the data is kept, as a period and in words. */
    @Schema(name = "NoticeRetention")
    public record Retention(
            @Schema(description = "absent when the period is not a fixed number of months", example = "24") Integer months,
            @Schema(description = "absent when the period is not a fixed number of days") Integer days,
            String summary) {
    }
}
