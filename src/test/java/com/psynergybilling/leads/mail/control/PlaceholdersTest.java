package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.entity.RenderedMail;
import com.psynergybilling.leads.mail.entity.StaffTemplate;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Map<String, String> HOSTILE = Map.of("fullName", "<b>Eve</b> {{unsubscribeUrl}} {{> x}}",
            "organization", "A & B \"Clinic\"", "unsubscribeUrl", "https://leads.test/unsubscribe?token=abc");

    @Test
    @DisplayName("R11: staff templates know three placeholders and nothing else: no partials, sections or lookups")
    void onlyKnownPlaceholders() {
        assertEquals(List.of(), Placeholders.problems("Hi {{fullName}} of {{ organization }}: {{unsubscribeUrl}}"));
        for (String hostile : List.of("{{> referral-invitation/html.mustache}}", "{{#fullName}}x{{/fullName}}",
                "{{fullName.class}}", "{{{fullName}}}", "{{env.HOME}}", "{{=<% %>=}}", "Hi {{fullName")) {
            assertFalse(Placeholders.problems(hostile).isEmpty(), hostile);
            assertThrows(IllegalArgumentException.class, () -> Placeholders.fill(hostile, HOSTILE, UnaryOperator.identity()));
        }
    }

    @Test
    @DisplayName("R11: values are escaped for HTML, and template syntax inside a person's data stays text")
    void valuesAreEscapedAndNeverParsed() {
        assertEquals("Hi <b>Eve</b> {{unsubscribeUrl}} {{> x}}!",
                Placeholders.fill("Hi {{fullName}}!", HOSTILE, UnaryOperator.identity()));
        assertEquals("<p>&lt;b&gt;Eve&lt;/b&gt; {{unsubscribeUrl}} {{&gt; x}} of A &amp; B &quot;Clinic&quot;</p>",
                Placeholders.fill("<p>{{fullName}} of {{organization}}</p>", HOSTILE, Placeholders::html));
        assertEquals("<p>one &lt;two&gt;<br>\nthree</p>\n<p>four</p>\n", Placeholders.paragraphs("one <two>\nthree\n\nfour"));
    }

    @Test
    @DisplayName("R12, R13: a campaign is framed with its unsubscribe link and the postal address, in both bodies")
    void campaignsAreFramed() {
        var templates = new MailTemplates();
        templates.staffTemplates = staff(new StaffTemplate("News for {{fullName}}", "Hello {{fullName}},\n\nNews.",
                null, "promotion"));
        RenderedMail mail = templates.render("campaign:x", HOSTILE);
        assertEquals("News for <b>Eve</b> {{unsubscribeUrl}} {{> x}}", mail.subject());
        assertEquals("https://leads.test/unsubscribe?token=abc", mail.unsubscribeUrl());
        for (String body : List.of(mail.text(), mail.html())) {
            assertTrue(body.contains("https://leads.test/unsubscribe?token=abc"), body);
            assertTrue(body.contains("2621 Montega Drive, Suite E, Springfield, IL 62704"), body);
        }
        assertTrue(mail.html().contains("Hello &lt;b&gt;Eve&lt;/b&gt;"), mail.html());
        assertFalse(mail.html().contains("<b>Eve"), mail.html());
        assertThrows(IllegalArgumentException.class, () -> templates.render("campaign:unknown-to-all", HOSTILE));
    }

    @SuppressWarnings("unchecked")
    private static Instance<StaffTemplates> staff(StaffTemplate template) {
        StaffTemplates source = name -> name.equals("campaign:x") ? Optional.of(template) : Optional.empty();
        return (Instance<StaffTemplates>) java.lang.reflect.Proxy.newProxyInstance(PlaceholdersTest.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return List.of(source).iterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
