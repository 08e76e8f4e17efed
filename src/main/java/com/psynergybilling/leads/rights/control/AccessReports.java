package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.mail.entity.Attachment;
import com.psynergybilling.leads.people.control.PeopleData;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.CategoryRule;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds an access report (R18) for the past 12 months from what every registered holder exports:
 * the categories, their sources and purposes, the categories of recipients the policy's table lets
 * them reach, the disclosures by recipient, and the specific pieces, as one JSON document. The
 * summary goes in the letter, which names each recipient with its address, the categories and the
 * dates; the document is its attachment. Neither ever goes in an HTTP answer. The holders hand over
 * typed {@link Piece}s, so what the report reads is what every holder must give.
 */
@ApplicationScoped
public class AccessReports {

    public static final String FILE = "your-data.json";

    @Inject
    Registry registry;

    @Inject
    PolicyBook policies;

    public record Report(Map<String, String> summary, Attachment data, int pieces) {
    }

    public static Instant twelveMonthsBefore(Instant now) {
        return now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
    }

    public Report build(DataSubject subject, Instant now) {
        Instant since = twelveMonthsBefore(now);
        Policy policy = policies.current();
        var pieces = Pieces.JSON.createArrayBuilder();
        var disclosed = new Recipients();
        Map<String, Set<String>> sources = new TreeMap<>();
        Set<String> purposes = new TreeSet<>();
        Set<String> recipients = new TreeSet<>();
        int count = 0;
        int keptUnderHold = 0;
        int imported = 0;
        for (PersonalData holder : registry.holders()) {
            for (Piece piece : holder.export(subject, since)) {
                pieces.add(piece.toJson());
                count++;
                if (piece instanceof Piece.Collected collected) {
                    Collection record = collected.collection();
                    record.categories().forEach(category -> sources
                            .computeIfAbsent(category, c -> new TreeSet<>()).add(record.sourceForm()));
                    purposes.addAll(record.purposes());
                } else if (piece instanceof Piece.Disclosed disclosure) {
                    disclosed.add(disclosure);
                    recipients.add(disclosure.recipient().category());
                    purposes.add(disclosure.purpose());
                }
                if (piece instanceof Piece.Fact fact && PeopleData.KEPT_UNDER_HOLD.equals(fact.kind())) {
                    keptUnderHold++;
                }
                if (piece instanceof Piece.Fact fact && PeopleData.IMPORTED.equals(fact.kind())) {
                    imported++;
                }
                // A Piece.Fact (state, an event of ours) is in the attachment; it has no category or source.
            }
        }
        var categories = Pieces.JSON.createArrayBuilder();
        Set<String> allSources = new TreeSet<>();
        sources.forEach((code, from) -> {
            CategoryRule rule = policy.categories().get(code);
            Set<String> reach = rule == null ? Set.of() : new TreeSet<>(rule.recipients());
            recipients.addAll(reach);
            allSources.addAll(from);
            categories.add(Pieces.JSON.createObjectBuilder().add("code", code)
                    .add("name", rule == null ? code : rule.name()).add("sources", Pieces.array(from))
                    .add("recipientCategories", Pieces.array(reach)));
        });
        String document = Pieces.JSON.createObjectBuilder()
                .add("about", subject.email().value())
                .add("generatedAt", now.toString())
                .add("period", Pieces.JSON.createObjectBuilder().add("from", since.toString()).add("to", now.toString()))
                .add("policyVersion", policy.version())
                .add("categories", categories)
                .add("sources", Pieces.array(allSources))
                .add("purposes", Pieces.array(purposes))
                .add("recipientCategories", Pieces.array(recipients))
                .add("disclosures", disclosed.json())
                .add("pieces", pieces).build().toString();
        var summary = Map.of(
                "categories", names(sources.keySet(), code -> Recipients.category(code, policy)),
                // A record named by the form it was declared under may have come in a file of ours instead.
                "sources", names(allSources, code -> policy.form(code).map(FormRule::name).orElse(code))
                        + (imported == 0 ? "" : "; of these, " + imported + " record(s) came to us in a list we"
                        + " imported, not from a form of yours (the IMPORTED pieces say which)"),
                "purposes", names(purposes, code -> policy.purposes().getOrDefault(code, code)),
                "recipients", names(recipients, code -> policy.recipients().getOrDefault(code, code)),
                "disclosures", disclosed.count() == 0 ? "none" : disclosed.count() + ", to these recipients:",
                "disclosedTo", disclosed.words(policy),
                "pieces", Integer.toString(count),
                "keptUnderHold", keptUnderHold == 0 ? "" : Integer.toString(keptUnderHold));
        return new Report(summary, new Attachment(FILE, document), count);
    }

    private static String names(Set<String> codes, Function<String, String> name) {
        return codes.isEmpty() ? "none" : String.join("; ", codes.stream().map(name).toList());
    }
}
