package com.psynergybilling.leads.policy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.TestLeadRetentionPeriod;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Notice;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.UseRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Notices at collection, from the policy data that is enforced. */
class CollectionNoticesTest {

    static CollectionNotices notices(PolicyBook book) {
        var notices = new CollectionNotices();
        notices.policies = book;
        notices.leadRetention = TestLeadRetentionPeriod.of(24);
        notices.referralDays = 30;
        notices.verifyHours = 72;
        notices.policyUrl = "https://www.psynergybilling.com/privacy-policy";
        notices.check();
        return notices;
    }

    /** The bundled policy with {@code from} replaced by {@code to} in its text. */
    static PolicyBook edited(String from, String to) throws IOException {
        String text;
        try (InputStream in = PolicyBook.class.getClassLoader().getResourceAsStream(PolicyBook.BUNDLED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains(from), from);
        text = text.replace(from, to);
        var book = new PolicyBook();
        book.versions = List.of(PolicyFile.read("edited", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return book;
    }

    @Test
    @DisplayName("R1, R3: every form's notice names exactly the categories and purposes its records get, and the "
            + "sharing the policy permits for them")
    void everyNoticeAgreesWithWhatIsEnforced() {
        PolicyBook book = TestPolicies.bundled();
        Policy policy = book.current();
        var notices = notices(book);
        for (FormRule rule : policy.forms().values()) {
            Notice notice = notices.of(rule.code()).orElseThrow();
            var fields = List.copyOf(rule.fields().keySet());
            // What intake stores for a submission that fills every field, with and without consent (R1).
            Collection plain = policy.collect(rule.code(), fields, false, Instant.EPOCH);
            Collection consented = policy.collect(rule.code(), fields, true, Instant.EPOCH);
            String form = rule.code();

            assertEquals(new TreeSet<>(consented.categories()), codes(notice.categories().stream().map(c -> c.code())), form);
            assertEquals(new HashSet<>(rule.fields().values()), codes(notice.categories().stream().map(c -> c.code())), form);
            for (Notice.Category category : notice.categories()) {
                assertEquals(rule.fields().values().stream().filter(category.code()::equals).count(),
                        category.fields().size(), form + " " + category.code());
                assertEquals(policy.categories().get(category.code()).name(), category.name());
            }
            assertEquals(new TreeSet<>(consented.purposes()), codes(notice.purposes().stream().map(p -> p.code())), form);
            var declared = new TreeSet<>(rule.purposes());
            declared.addAll(rule.consentPurposes());
            assertEquals(declared, codes(notice.purposes().stream().map(p -> p.code())), form);
            for (Notice.Purpose purpose : notice.purposes()) {
                assertEquals(!plain.purposes().contains(purpose.code()), purpose.withConsentOnly(), form + " " + purpose.code());
                assertEquals(rule.consentPurposes().contains(purpose.code()), purpose.withConsentOnly(), form + " " + purpose.code());
            }

            // Sharing: every use that reaches outside the company, judged as PolicyBook judges it; a service
            // provider (the CRM of the webhooks) processes for us and is neither a sale nor sharing.
            var shared = policy.uses().values().stream().filter(u -> u.recipient() != null)
                    .filter(u -> !u.recipient().equals("SERVICE_PROVIDERS"))
                    .filter(u -> book.judge(u.code(), consented) instanceof Permit).map(UseRule::recipient)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(shared, codes(notice.sharing().recipients().stream().map(r -> r.code())), form);
            assertEquals(!shared.isEmpty(), notice.sharing().mayBeSoldOrShared(), form);
            for (Notice.Recipient recipient : notice.sharing().recipients()) {
                UseRule use = policy.uses().values().stream().filter(u -> recipient.code().equals(u.recipient()))
                        .findFirst().orElseThrow();
                assertEquals(!(book.judge(use.code(), plain) instanceof Permit), recipient.withConsentOnly(), form);
            }
            assertTrue(notice.sharing().optOutHonoured() && notice.sharing().globalPrivacyControlHonoured());
            assertEquals("https://www.psynergybilling.com/privacy-policy", notice.policyUrl());
            assertEquals(policy.version(), notice.policyVersion());
        }
    }

    @Test
    @DisplayName("R1, R3: the demo request's notice: partner sharing of Basic Identifiers with consent only, GPC "
            + "honoured, 24 months; a privacy request is never shared")
    void demoAndPrivacyRequests() {
        var notices = notices(TestPolicies.bundled());
        Notice demo = notices.of("demo-request").orElseThrow();
        assertEquals("DEMO_REQUEST", demo.form());
        assertEquals(1, demo.sharing().recipients().size());
        var partners = demo.sharing().recipients().get(0);
        assertEquals("BUSINESS_PARTNERS", partners.code());
        assertEquals(List.of("Basic Identifiers"), partners.categories());
        assertTrue(partners.withConsentOnly());
        assertTrue(demo.sharing().summary().startsWith("Only with the consent you may give on this form, we share your "
                + "Basic Identifiers with our Business Partners; without it, we do not."), demo.sharing().summary());
        assertTrue(demo.sharing().summary().contains("Global Privacy Control"), demo.sharing().summary());
        assertEquals(24, demo.retention().months());
        assertTrue(demo.retention().summary().contains("24 months"), demo.retention().summary());
        assertTrue(demo.purposes().stream().anyMatch(p -> p.code().equals("WITH_CONSENT") && p.withConsentOnly()));
        assertTrue(demo.categories().stream().anyMatch(c -> c.fields().contains("IP address")));

        Notice privacy = notices.of("PRIVACY_REQUEST").orElseThrow();
        assertFalse(privacy.sharing().mayBeSoldOrShared());
        assertEquals("We do not sell or share the personal information this form collects.", privacy.sharing().summary());
        assertNull(privacy.retention().months());
        assertTrue(privacy.retention().summary().contains("72 hours"), privacy.retention().summary());
        Notice colleague = notices.of("REFERRAL_COLLEAGUE").orElseThrow();
        assertEquals(30, colleague.retention().days());
        assertTrue(colleague.retention().summary().contains("30 days"), colleague.retention().summary());
        assertTrue(notices.of("NO_SUCH_FORM").isEmpty());
        assertTrue(notices.of(null).isEmpty());
    }

    @Test
    @DisplayName("R3: when the policy's forms no longer collect for partner sharing, the notice stops saying anything "
            + "may be shared")
    void theNoticeFollowsThePolicyTable() throws IOException {
        // The forms no longer ask for consent to partner sharing: no record is collected WITH_CONSENT.
        var book = edited("],\n      \"consentPurposes\": [\n        \"WITH_CONSENT\"\n      ]", "]");
        Notice demo = notices(book).of("DEMO_REQUEST").orElseThrow();
        assertFalse(demo.sharing().mayBeSoldOrShared());
        assertTrue(demo.sharing().recipients().isEmpty());
        assertTrue(demo.purposes().stream().noneMatch(p -> p.withConsentOnly()));
    }

    @Test
    @DisplayName("R1, R3: a record is shown with the notice of the policy version it was collected under, not today's")
    void aRecordKeepsTheNoticeOfItsVersion() throws IOException {
        String text;
        try (InputStream in = PolicyBook.class.getClassLoader().getResourceAsStream(PolicyBook.BUNDLED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A later version whose forms no longer ask for consent to partner sharing.
        String later = text.replace("],\n      \"consentPurposes\": [\n        \"WITH_CONSENT\"\n      ]", "]")
                .replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"2099-01-01\"");
        var book = new PolicyBook();
        book.versions = List.of(PolicyBook.bundled().get(0),
                PolicyFile.read("later", new ByteArrayInputStream(later.getBytes(StandardCharsets.UTF_8))));
        String collectedUnder = book.versions.get(0).version();
        assertEquals("2099-01-01", book.current().version());
        assertFalse(notices(book).of("DEMO_REQUEST").orElseThrow().sharing().mayBeSoldOrShared(), "today's: no sharing");
        assertTrue(notices(book).of("DEMO_REQUEST", collectedUnder).orElseThrow().sharing().mayBeSoldOrShared(),
                "the record's own version said it may be shared with consent");
        assertTrue(notices(book).of("DEMO_REQUEST", "1999-01-01").isEmpty(), "a version no longer held");
    }

    @Test
    @DisplayName("R1: the HTML fragment escapes what the policy file says and shows every part of the notice")
    void htmlFragment() throws IOException {
        var notices = notices(edited("\"name\": \"Demo request\"", "\"name\": \"Demo <script>alert(1)</script>\""));
        String html = notices.of("DEMO_REQUEST").map(notices::html).orElseThrow();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Demo &lt;script&gt;"), html);
        assertTrue(html.startsWith("<section class=\"collection-notice\""), html);
        for (String part : List.of("Basic Identifiers", "Marketing and Promotional Purposes", "Global Privacy Control",
                "24 months", "href=\"https://www.psynergybilling.com/privacy-policy\"",
                "(only with the consent you may give on this form)")) {
            assertTrue(html.contains(part), part + " in " + html);
        }
        var bundled = notices(TestPolicies.bundled());
        String page = bundled.html(List.of("DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST"));
        assertEquals(1, page.split("<section").length - 1, "three forms that say the same share one notice");
        assertTrue(page.contains("Notice at collection: Demo request, Pricing request, Product-information request"), page);
        assertEquals(2, bundled.html(List.of("DEMO_REQUEST", "PRIVACY_REQUEST")).split("<section").length - 1);
    }

    @Test
    void aPolicyUrlMustBeAWebAddress() {
        var notices = notices(TestPolicies.bundled());
        notices.policyUrl = "javascript:alert(1)";
        assertThrows(IllegalStateException.class, notices::check);
    }

    static Set<String> codes(java.util.stream.Stream<String> codes) {
        return codes.collect(Collectors.toCollection(TreeSet::new));
    }
}
