package com.psynergybilling.leads.policy.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.LeadRetentionPeriod;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Notice;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notices at collection (California asks for one at or before the point of collection), made from
 * the policy in force exactly as {@link PolicyBook} enforces it: the categories and purposes are
 * those of the collection record a submission of the form gets (R1), with and without the consent
 * the form asks for; what may be sold or shared is what the policy's table permits for uses that
 * reach recipients outside the company (R3). Any view (the example forms, a staff console, a
 * website through the API) renders the notice here, so there is one wording.
 */
@ApplicationScoped
public class CollectionNotices {

    static final String REFERRED_COLLEAGUE = "REFERRAL_COLLEAGUE";
    static final String PRIVACY_REQUEST = "PRIVACY_REQUEST";

    private final MustacheFactory templates = new DefaultMustacheFactory("templates");

    @Inject
    PolicyBook policies;

    @Inject
    LeadRetentionPeriod leadRetention;

    @Inject
    @ConfigProperty(name = "leads.referral.retention.days", defaultValue = Defaults.LEADS_REFERRAL_RETENTION_DAYS)
    int referralDays;

    @Inject
    @ConfigProperty(name = "leads.privacy.verify.hours", defaultValue = Defaults.LEADS_PRIVACY_VERIFY_HOURS)
    int verifyHours;

    @Inject
    @ConfigProperty(name = "leads.privacy.policy.url", defaultValue = Defaults.LEADS_PRIVACY_POLICY_URL)
    String policyUrl;

    @PostConstruct
    void check() {
        if (!policyUrl.matches("https?://[^\\s\\p{Cntrl}\"'<>]+")) {
            throw new IllegalStateException("LEADS_PRIVACY_POLICY_URL must be an http(s) URL, not " + policyUrl);
        }
    }

    /** The notice for {@code form} (its code, DEMO_REQUEST, or demo-request), if the policy in force has the form. */
    public Optional<Notice> of(String form) {
        return of(form, policies.current());
    }

    /**
     * The notice for {@code form} as policy {@code version} gave it: what a record collected under that
     * version was told (a later policy may say more); empty when this service no longer holds it.
     */
    public Optional<Notice> of(String form, String version) {
        return policies.version(version).flatMap(policy -> of(form, policy));
    }

    private Optional<Notice> of(String form, Policy policy) {
        String code = form == null ? "" : form.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return policy.form(code).map(rule -> notice(policy, rule));
    }

    /**
     * The notices of a page whose one form feeds several of the policy's forms (the demo-request page
     * makes demo, pricing or product-information requests): forms whose notices say the same share one
     * section naming them all; a form whose notice differs gets its own.
     */
    public String html(List<String> forms) {
        var alike = new LinkedHashMap<String, List<Notice>>();
        for (String form : forms) {
            Notice notice = of(form).orElseThrow(() -> new IllegalArgumentException("No form " + form));
            alike.computeIfAbsent(html(notice.forForms("", "")), body -> new ArrayList<>()).add(notice);
        }
        var out = new StringBuilder();
        for (List<Notice> group : alike.values()) {
            out.append(html(group.get(0).forForms(String.join(" ", group.stream().map(Notice::form).toList()),
                    String.join(", ", group.stream().map(Notice::formName).toList()))));
        }
        return out.toString();
    }

    /** The notice as an HTML fragment (a {@code <section>}) with every value escaped, to embed in a page. */
    public String html(Notice notice) {
        var out = new StringWriter();
        templates.compile("collection-notice.mustache").execute(out, notice);
        return out.toString();
    }

    Notice notice(Policy policy, FormRule rule) {
        var fields = List.copyOf(new TreeSet<>(rule.fields().keySet()));
        Collection plain = policy.collect(rule.code(), fields, false, Instant.EPOCH);
        Collection consented = policy.collect(rule.code(), fields, true, Instant.EPOCH);
        var purposes = new LinkedHashSet<>(rule.purposes());
        purposes.addAll(consented.purposes());
        var listed = purposes.stream().map(code -> new Notice.Purpose(code, policy.purposes().getOrDefault(code, code),
                !plain.purposes().contains(code))).toList();
        return new Notice(rule.code(), rule.name(), policy.version(), categories(policy, rule, consented), listed,
                SaleAndSharing.of(policy, policies, plain, consented), retention(rule.code()), policyUrl);
    }

    static List<Notice.Category> categories(Policy policy, FormRule rule, Collection record) {
        var byCategory = new TreeMap<String, List<String>>();
        record.categories().forEach(code -> byCategory.put(code, new ArrayList<>()));
        new TreeMap<>(rule.fields()).forEach((field, code) -> byCategory.get(code).add(FieldNames.of(field)));
        var categories = new ArrayList<Notice.Category>();
        byCategory.forEach((code, names) -> {
            categories.add(new Notice.Category(code,
                    policy.categories().containsKey(code) ? policy.categories().get(code).name() : code,
                    List.copyOf(names)));
        });
        return categories;
    }

    Notice.Retention retention(String form) {
        if (REFERRED_COLLEAGUE.equals(form)) {
            return new Notice.Retention(null, referralDays, "A referred colleague's name and email address serve only "
                    + "to send one invitation and are deleted within " + referralDays + " days after it is sent. A "
                    + "keyed fingerprint of the address stays, so that a request not to be contacted is honoured.");
        }
        if (PRIVACY_REQUEST.equals(form)) {
            return new Notice.Retention(null, null, "If the request is not confirmed through the link we email within "
                    + verifyHours + " hours, we delete the name and email address given with it. Otherwise we keep "
                    + "the request and our answer as the record of it that the law requires.");
        }
        return new Notice.Retention(leadRetention.months(), null, "We keep it for " + leadRetention.months()
                + " months after your last contact with us (your latest form, webinar registration or our "
                + "follow-up on your request), then delete it, unless the law requires us to keep it longer.");
    }
}
