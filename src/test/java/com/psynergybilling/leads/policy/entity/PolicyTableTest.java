package com.psynergybilling.leads.policy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.policy.control.PolicyFile;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled policy against the appendix of RULES.md, row by row, and the readings that follow. */
class PolicyTableTest {

    static final Policy POLICY = PolicyFile.read("bundled", PolicyTableTest.class.getClassLoader()
            .getResourceAsStream("policy/website-privacy-policy-2024-06-30.json"));

    static Stream<Arguments> appendix() {
        return Stream.of(
                Arguments.of("BASIC_IDENTIFIERS",
                        Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "COMMUNICATING_WITH_YOU", "REFERRALS",
                                "WITH_CONSENT", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS", "BUSINESS_PARTNERS")),
                Arguments.of("COMMERCIAL_INFORMATION",
                        Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "CORE_FUNCTIONALITY", "SECURITY",
                                "MARKETING", "REFERRALS", "ANALYTICS", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS", "BUSINESS_PARTNERS")),
                Arguments.of("PROFESSIONAL_INFORMATION",
                        Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "SECURITY", "COMMUNICATING_WITH_YOU",
                                "MARKETING", "REFERRALS", "ANALYTICS", "EMPLOYMENT_DECISIONS", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS")),
                Arguments.of("USER_CONTENT", Set.of("PROVIDING_THE_SERVICE", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS")),
                Arguments.of("NETWORK_ACTIVITY",
                        Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "CORE_FUNCTIONALITY", "SECURITY",
                                "MARKETING", "ANALYTICS", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS", "THIRD_PARTIES", "BUSINESS_PARTNERS",
                                "SOCIAL_MEDIA")),
                Arguments.of("USAGE_PERFORMANCE",
                        Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "CORE_FUNCTIONALITY", "SECURITY",
                                "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS")),
                Arguments.of("EMPLOYMENT", Set.of("EMPLOYMENT_DECISIONS", "LEGAL_OBLIGATIONS", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS")),
                Arguments.of("SENSORY", Set.of("PROVIDING_THE_SERVICE", "REQUIRED_BY_LAW"),
                        Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS")),
                Arguments.of("DEVICE_THIRD_PARTY", Set.of("MARKETING", "ANALYTICS"), Set.of("THIRD_PARTIES")));
    }

    @ParameterizedTest(name = "R3: {0} serves exactly the purposes and recipients of the policy's table")
    @MethodSource("appendix")
    void everyRowOfTheTable(String category, Set<String> purposes, Set<String> recipients) {
        CategoryRule row = POLICY.categories().get(category);
        assertEquals(purposes, row.purposes());
        assertEquals(recipients, row.recipients());
    }

    @Test
    @DisplayName("R20: the deletion exceptions are the policy's list, no more")
    void deletionExceptionsAreThePolicysList() {
        assertEquals(Set.of("COMPLETE_TRANSACTION", "SECURITY_INCIDENTS", "DEBUG", "FREE_SPEECH", "CALECPA", "RESEARCH",
                "INTERNAL_USES", "LEGAL_OBLIGATION", "OTHER_INTERNAL_LAWFUL"), POLICY.deletionExceptions().keySet());
        assertTrue(POLICY.deletionExceptions().get("CALECPA").contains("California Electronic Communications Privacy Act"));
    }

    @Test
    void theTableHasNoOtherRows() {
        assertEquals(9, POLICY.categories().size());
    }

    private static Collection record(String form, List<String> fields, boolean consented) {
        return POLICY.collect(form, fields, consented, Instant.parse("2026-11-29T10:00:00Z"));
    }

    private static Decision judge(String use, Collection record) {
        return POLICY.judge(POLICY.use(use).orElseThrow(), record);
    }

    @Test
    @DisplayName("R3, R14: a partner export carries Basic Identifiers only, and only with consent")
    void partnerExportCarriesBasicIdentifiersOnlyWithConsent() {
        var withConsent = record("DEMO_REQUEST", List.of("email", "fullName", "practiceSpecialty", "comments"), true);
        var permit = assertInstanceOf(Permit.class, judge(Uses.PARTNER_EXPORT, withConsent));
        assertEquals(Set.of("BASIC_IDENTIFIERS"), permit.categories());
        assertEquals("BUSINESS_PARTNERS", permit.recipient());
        assertFalse(permit.covers("PROFESSIONAL_INFORMATION") || permit.covers("USER_CONTENT"));
        var without = record("DEMO_REQUEST", List.of("email", "fullName"), false);
        assertInstanceOf(Refusal.class, judge(Uses.PARTNER_EXPORT, without));
    }

    @Test
    @DisplayName("R3: Professional Information and User Content may never go to a Business Partner")
    void noUseMaySendProfessionalInformationOrUserContentToAPartner() {
        for (String category : List.of("PROFESSIONAL_INFORMATION", "USER_CONTENT")) {
            var rogue = new UseRule("ROGUE", "rogue", Set.of(category), "WITH_CONSENT", "BUSINESS_PARTNERS");
            var record = new Collection("DEMO_REQUEST", List.of(category), List.of("WITH_CONSENT"), POLICY.version(),
                    Instant.now());
            assertInstanceOf(Refusal.class, POLICY.judge(rogue, record), category);
        }
    }

    @Test
    @DisplayName("R3: User Content serves only Providing the Service: sales may read it, campaigns may not use it")
    void userContentServesOnlyProvidingTheService() {
        var record = record("DEMO_REQUEST", List.of("email", "comments"), false);
        var sales = assertInstanceOf(Permit.class, judge(Uses.SALES_FOLLOW_UP, record));
        assertTrue(sales.covers("USER_CONTENT"));
        var campaign = new UseRule("CAMPAIGN_BY_COMMENT", "x", Set.of("USER_CONTENT"), "MARKETING", null);
        var refusal = assertInstanceOf(Refusal.class, POLICY.judge(campaign, record));
        assertTrue(refusal.reason().contains("USER_CONTENT may not serve MARKETING"), refusal.reason());
        assertFalse(POLICY.use(Uses.PROMOTIONAL_EMAIL).orElseThrow().categories().contains("USER_CONTENT"));
    }

    @Test
    @DisplayName("R11: promotional email uses Basic Identifiers for Communicating with You; selection by specialty "
            + "or product interest uses Professional or Commercial Information for Marketing")
    void promotionalEmailAndSelectionsArePermittedForLeads() {
        var lead = record("PRICING_REQUEST", List.of("email", "fullName", "practiceSpecialty", "productInterest"), false);
        var mail = assertInstanceOf(Permit.class, judge(Uses.PROMOTIONAL_EMAIL, lead));
        assertEquals("COMMUNICATING_WITH_YOU", mail.purpose());
        assertEquals(Set.of("BASIC_IDENTIFIERS"), mail.categories());
        assertInstanceOf(Permit.class, judge(Uses.SELECTION_BY_SPECIALTY, lead));
        assertInstanceOf(Permit.class, judge(Uses.SELECTION_BY_PRODUCT_INTEREST, lead));
    }

    @Test
    @DisplayName("R6, R11: referrers, referred colleagues and privacy requesters are in no promotional audience")
    void referralAndPrivacyRecordsPermitNoPromotionalEmail() {
        assertInstanceOf(Refusal.class, judge(Uses.PROMOTIONAL_EMAIL,
                record("REFERRAL_REFERRER", List.of("fullName", "email"), false)));
        assertInstanceOf(Refusal.class, judge(Uses.PROMOTIONAL_EMAIL,
                record("REFERRAL_COLLEAGUE", List.of("name", "email"), false)));
        assertInstanceOf(Refusal.class, judge(Uses.PROMOTIONAL_EMAIL,
                record("PRIVACY_REQUEST", List.of("fullName", "email"), false)));
        assertInstanceOf(Permit.class, judge(Uses.REFERRAL_INVITATION,
                record("REFERRAL_COLLEAGUE", List.of("name", "email"), false)));
        assertInstanceOf(Refusal.class, judge(Uses.SALES_FOLLOW_UP,
                record("REFERRAL_COLLEAGUE", List.of("name", "email"), false)));
    }

    @Test
    @DisplayName("R1: a record keeps what it was collected for")
    void aRecordIsJudgedByWhatItWasCollectedFor() {
        var narrow = new Collection("DEMO_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("PROVIDING_THE_SERVICE"),
                POLICY.version(), Instant.now());
        var refusal = assertInstanceOf(Refusal.class, judge(Uses.PROMOTIONAL_EMAIL, narrow));
        assertTrue(refusal.reason().contains("not collected for COMMUNICATING_WITH_YOU"), refusal.reason());
    }
}
