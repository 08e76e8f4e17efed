package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.policy.entity.CategoryRule;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A submission's consent receipt in the shape of the Kantara Initiative's Consent Receipt
 * Specification v1.1: who collected what (by category and field name, never the values), for which
 * purposes, under which policy version, when, by which form, and what the person agreed to. The
 * receipt's link can be forwarded, so the person appears only as their masked address. Fields after
 * {@code spiCat} are this service's own additions.
 */
public final class ConsentReceipt {

    public static final String VERSION = "KI-CR-v1.1.0";
    static final String WITH_CONSENT = "WITH_CONSENT";
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The controller as the policy names it, and where its full text is published. */
    public record Controller(String name, String contact, String streetAddress, String locality, String region,
                             String postalCode, String country, String email, String phone, String policyUrl) {

        /** Psynergy Billing LLC as its Website Privacy Policy gives its contact details. */
        public static Controller psynergyBilling(String policyUrl) {
            return new Controller("Psynergy Billing LLC", "Privacy", "2621 Montega Drive, Suite E", "Springfield", "IL",
                    "62704", "US", "support@PsynergyBilling.com", "1-833-257-5777", policyUrl);
        }
    }

    private ConsentReceipt() {
    }

    /**
     * The receipt of {@code submission}, judged by {@code policy}: the version its collection record
     * names (R1), so a later policy never rewrites what was agreed.
     */
    public static JsonObject of(Submission submission, Policy policy, Controller controller, Instant expiresAt,
                                int retentionMonths) {
        return of(Facts.of(submission), policy, controller, expiresAt, retentionMonths);
    }

    /**
     * What a receipt says: the record's id, its collection record, the names of the fields it holds,
     * the consent it carries, whether a GPC signal came with it, and the person's masked address.
     */
    public record Facts(String receiptId, com.psynergybilling.leads.policy.entity.Collection collection,
                        List<String> fields, boolean partnerSharingConsent, boolean gpcSeen, String principal) {

        public static Facts of(Submission submission) {
            return new Facts(submission.id(), submission.collection(), List.copyOf(submission.fields().keySet()),
                    submission.partnerSharingConsent(), submission.gpcSeen(), masked(submission.person().email()));
        }
    }

    public static JsonObject of(Facts facts, Policy policy, Controller controller, Instant expiresAt,
                                int retentionMonths) {
        var record = facts.collection();
        if (!policy.version().equals(record.policyVersion())) {
            throw new IllegalArgumentException("A receipt is built under the version its record was collected under");
        }
        FormRule form = policy.form(record.sourceForm()).orElseThrow(
                () -> new IllegalArgumentException("Policy " + policy.version() + " has no form " + record.sourceForm()));
        boolean partnerSharing = facts.partnerSharingConsent() && record.purposes().contains(WITH_CONSENT);
        // Seconds only: the link carries the time in seconds, and a receipt shows no more than its link can.
        Instant collectedAt = record.collectedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var purposes = JSON.createArrayBuilder();
        for (String purpose : ordered(form, record.purposes())) {
            purposes.add(purpose(policy, form, record.categories(), purpose, retentionMonths));
        }
        var piiController = JSON.createObjectBuilder()
                .add("piiController", controller.name())
                .add("contact", controller.contact())
                .add("address", JSON.createObjectBuilder()
                        .add("streetAddress", controller.streetAddress())
                        .add("addressLocality", controller.locality())
                        .add("addressRegion", controller.region())
                        .add("postalCode", controller.postalCode())
                        .add("addressCountry", controller.country()))
                .add("email", controller.email())
                .add("phone", controller.phone())
                .add("piiControllerUrl", controller.policyUrl());
        return JSON.createObjectBuilder()
                .add("version", VERSION)
                .add("jurisdiction", controller.country())
                .add("consentTimestamp", collectedAt.getEpochSecond())
                .add("collectionMethod", "web form: " + form.name())
                .add("consentReceiptID", facts.receiptId())
                .add("language", "en")
                .add("piiPrincipalId", facts.principal())
                .add("piiControllers", JSON.createArrayBuilder().add(piiController))
                .add("policyUrl", controller.policyUrl())
                .add("services", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("service", form.name())
                        .add("purposes", purposes)))
                .add("sensitive", false)
                .add("spiCat", JSON.createArrayBuilder())
                .add("form", record.sourceForm())
                .add("policyVersion", record.policyVersion())
                .add("collectedAt", collectedAt.toString())
                .add("expiresAt", expiresAt.toString())
                .add("categoriesCollected", strings(record.categories()))
                .add("fieldsCollected", strings(facts.fields()))
                .add("partnerSharingConsent", partnerSharing)
                .add("globalPrivacyControl", facts.gpcSeen())
                .build();
    }

    /** An address shown to whoever holds the link: its first character and its domain. */
    public static String masked(EmailAddress email) {
        if (email == null) {
            return "(erased)";
        }
        String value = email.value();
        int at = value.lastIndexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    /** The form's own order (its main purpose first), then the consent purposes. */
    private static List<String> ordered(FormRule form, List<String> recorded) {
        var order = new java.util.ArrayList<String>(form.purposes());
        order.addAll(form.consentPurposes());
        var known = order.stream().filter(recorded::contains).collect(java.util.stream.Collectors.toList());
        recorded.stream().filter(p -> !known.contains(p)).sorted().forEach(known::add);
        return known;
    }

    private static JsonObjectBuilder purpose(Policy policy, FormRule form, List<String> categories, String purpose,
                                             int retentionMonths) {
        var piiCategory = JSON.createArrayBuilder();
        for (String category : categories) {
            CategoryRule row = policy.categories().get(category);
            if (row != null && row.purposes().contains(purpose)) {
                piiCategory.add(row.name());
            }
        }
        boolean consent = form.consentPurposes().contains(purpose);
        var built = JSON.createObjectBuilder()
                .add("purpose", policy.purposes().getOrDefault(purpose, purpose))
                .add("purposeCategory", JSON.createArrayBuilder().add(purpose))
                .add("consentType", consent ? "EXPLICIT" : "IMPLICIT")
                .add("piiCategory", piiCategory)
                .add("primaryPurpose", !form.purposes().isEmpty() && form.purposes().get(0).equals(purpose))
                .add("termination", consent
                        ? "When you withdraw your consent (a privacy request) or tell support@PsynergyBilling.com"
                        : "When you ask us to delete your data, and at the latest " + retentionMonths
                        + " months after your last activity with us")
                .add("thirdPartyDisclosure", consent);
        if (consent) {
            built.add("thirdPartyName", policy.recipients().getOrDefault("BUSINESS_PARTNERS", "Business Partners"));
        }
        return built;
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        var array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
