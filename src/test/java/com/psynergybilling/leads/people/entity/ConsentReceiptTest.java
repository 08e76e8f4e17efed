package com.psynergybilling.leads.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentReceiptTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant EXPIRES = Instant.parse("2028-11-30T09:00:00Z");
    static final Policy POLICY = TestPolicies.bundled().current();
    static final ConsentReceipt.Controller CONTROLLER =
            ConsentReceipt.Controller.psynergyBilling("https://www.psynergybilling.com/privacy-policy");

    private static Submission demoRequest(boolean consent, boolean gpc) {
        var person = new Person(EmailAddress.of("jane.doe@example-clinic.com"), "hash", AT);
        var data = new SubmittedData(person.email(), "Dr. Jane <Doe>", "+1 217 555 0100", null, null, "Cardiology",
                null, null, "Call after 3", null, "203.0.113.9", "Firefox");
        var collection = POLICY.collect("DEMO_REQUEST", data.presentFields(), consent, AT);
        return new Submission(person, data, consent, gpc, collection);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    @DisplayName("R1: the receipt carries every Kantara v1.1 field and the submission's collection record: form, "
            + "policy version, time, categories and purposes")
    void kantaraFieldsFromTheCollectionRecord() {
        var submission = demoRequest(false, false);
        var receipt = ConsentReceipt.of(submission, POLICY, CONTROLLER, EXPIRES, 24);

        for (String field : List.of("version", "jurisdiction", "consentTimestamp", "collectionMethod",
                "consentReceiptID", "language", "piiPrincipalId", "piiControllers", "policyUrl", "services",
                "sensitive", "spiCat")) {
            assertTrue(receipt.containsKey(field), field);
        }
        assertEquals("KI-CR-v1.1.0", receipt.getString("version"));
        assertEquals(AT.getEpochSecond(), receipt.getJsonNumber("consentTimestamp").longValue());
        assertEquals(submission.id(), receipt.getString("consentReceiptID"));
        assertEquals("web form: Demo request", receipt.getString("collectionMethod"));
        assertEquals("DEMO_REQUEST", receipt.getString("form"));
        assertEquals(POLICY.version(), receipt.getString("policyVersion"));
        assertEquals(AT.toString(), receipt.getString("collectedAt"));
        assertEquals(EXPIRES.toString(), receipt.getString("expiresAt"));
        assertEquals(submission.collection().categories(), strings(receipt, "categoriesCollected"));
        assertFalse(receipt.getBoolean("sensitive"));
        assertTrue(receipt.getJsonArray("spiCat").isEmpty(), "R2: no sensitive personal information");

        var controller = receipt.getJsonArray("piiControllers").getJsonObject(0);
        assertEquals("Psynergy Billing LLC", controller.getString("piiController"));
        for (String field : List.of("contact", "address", "email", "phone")) {
            assertTrue(controller.containsKey(field), field);
        }

        var service = receipt.getJsonArray("services").getJsonObject(0);
        assertEquals("Demo request", service.getString("service"));
        var purposes = service.getJsonArray("purposes").getValuesAs(JsonObject.class);
        assertEquals(Set.copyOf(submission.collection().purposes()),
                purposes.stream().map(p -> strings(p, "purposeCategory").get(0)).collect(Collectors.toSet()));
        var first = purposes.get(0);
        assertEquals("Providing the Service", first.getString("purpose"));
        assertTrue(first.getBoolean("primaryPurpose"));
        assertEquals(1, purposes.stream().filter(p -> p.getBoolean("primaryPurpose")).count());
        for (JsonObject purpose : purposes) {
            for (String field : List.of("purpose", "purposeCategory", "consentType", "piiCategory", "primaryPurpose",
                    "termination", "thirdPartyDisclosure")) {
                assertTrue(purpose.containsKey(field), field);
            }
            assertFalse(purpose.getBoolean("thirdPartyDisclosure"), "no consent, no partner");
        }
    }

    @Test
    @DisplayName("R3: each purpose lists only the categories of the record that the policy's table lets serve it")
    void categoriesPerPurposeFollowTheTable() {
        var receipt = ConsentReceipt.of(demoRequest(false, false), POLICY, CONTROLLER, EXPIRES, 24);
        var purposes = receipt.getJsonArray("services").getJsonObject(0).getJsonArray("purposes")
                .getValuesAs(JsonObject.class);
        var marketing = purposes.stream().filter(p -> strings(p, "purposeCategory").contains("MARKETING")).findFirst()
                .orElseThrow();
        assertFalse(strings(marketing, "piiCategory").contains("User Content"), "R3: comments never serve marketing");
        assertFalse(strings(marketing, "piiCategory").contains("Basic Identifiers"));
        assertTrue(strings(marketing, "piiCategory").contains("Professional Information"));
    }

    @Test
    @DisplayName("R14, R5: partner-sharing consent is an explicit purpose disclosed to Business Partners; a GPC "
            + "signal shows as seen")
    void consentAndGpc() {
        var receipt = ConsentReceipt.of(demoRequest(true, true), POLICY, CONTROLLER, EXPIRES, 24);
        assertTrue(receipt.getBoolean("partnerSharingConsent"));
        assertTrue(receipt.getBoolean("globalPrivacyControl"));
        var consent = receipt.getJsonArray("services").getJsonObject(0).getJsonArray("purposes")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> strings(p, "purposeCategory").contains("WITH_CONSENT")).findFirst().orElseThrow();
        assertEquals("EXPLICIT", consent.getString("consentType"));
        assertTrue(consent.getBoolean("thirdPartyDisclosure"));
        assertEquals("Business Partners", consent.getString("thirdPartyName"));
        assertEquals(List.of("Basic Identifiers"), strings(consent, "piiCategory"));

        var without = ConsentReceipt.of(demoRequest(false, false), POLICY, CONTROLLER, EXPIRES, 24);
        assertFalse(without.getBoolean("partnerSharingConsent"));
        assertFalse(without.getBoolean("globalPrivacyControl"));
    }

    @Test
    @DisplayName("R1: the receipt names the fields collected, never their values, and the person only masked")
    void noValuesAndAMaskedAddress() {
        var receipt = ConsentReceipt.of(demoRequest(false, false), POLICY, CONTROLLER, EXPIRES, 24);
        String text = receipt.toString();
        // The phone number whole, as typed and as digits: "555" alone also turns up in the receipt's random ids.
        for (String value : List.of("Jane", "jane.doe", "217 555 0100", "2175550100", "Cardiology", "Call after 3",
                "203.0.113.9", "Firefox")) {
            assertFalse(text.contains(value), value);
        }
        assertEquals("j***@example-clinic.com", receipt.getString("piiPrincipalId"));
        assertEquals(List.of("fullName", "email", "phone", "practiceSpecialty", "comments", "clientAddress", "userAgent"),
                strings(receipt, "fieldsCollected"));
    }

    @Test
    void aRecordIsReceiptedOnlyUnderTheVersionItWasCollectedUnder() {
        var other = new Policy("1999-01-01", "old", POLICY.purposes(), POLICY.recipients(), POLICY.categories(),
                POLICY.forms(), POLICY.uses(), POLICY.deletionExceptions());
        assertThrows(IllegalArgumentException.class,
                () -> ConsentReceipt.of(demoRequest(false, false), other, CONTROLLER, EXPIRES, 24));
    }
}
