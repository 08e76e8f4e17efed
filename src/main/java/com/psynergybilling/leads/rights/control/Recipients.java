package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.json.JsonArray;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A person's disclosures grouped by recipient (R15, R18), for the access report's attachment and in
 * words for the letter itself: each recipient by name and postal address, the categories it
 * received, for which purposes and on which dates. A recipient registered without an address is
 * said to have none recorded rather than left out.
 */
final class Recipients {

    static final String NO_ADDRESS = "no postal address recorded";

    private final Map<String, List<Piece.Disclosed>> byRecipient = new LinkedHashMap<>();

    void add(Piece.Disclosed disclosure) {
        byRecipient.computeIfAbsent(disclosure.recipient().id(), id -> new ArrayList<>()).add(disclosure);
    }

    int count() {
        return byRecipient.values().stream().mapToInt(List::size).sum();
    }

    /** [{recipient, recipientCategory, recipientAddress?, disclosures: [{categories, purpose, disclosedAt}]}]. */
    JsonArray json() {
        var all = Pieces.JSON.createArrayBuilder();
        byRecipient.values().forEach(list -> {
            Piece.Recipient recipient = list.get(0).recipient();
            var one = Pieces.JSON.createObjectBuilder().add("recipient", recipient.name())
                    .add("recipientCategory", recipient.category());
            recipient.postalAddress().ifPresent(address -> one.add("recipientAddress", address));
            var each = Pieces.JSON.createArrayBuilder();
            list.forEach(d -> each.add(Pieces.JSON.createObjectBuilder().add("categories", Pieces.array(d.categories()))
                    .add("purpose", d.purpose()).add("disclosedAt", d.disclosedAt().toString())));
            all.add(one.add("disclosures", each));
        });
        return all.build();
    }

    /** One line per recipient, in the policy's words; empty when nothing was disclosed. */
    String words(Policy policy) {
        return byRecipient.values().stream().map(list -> {
            Piece.Recipient recipient = list.get(0).recipient();
            var categories = new TreeSet<String>();
            var purposes = new TreeSet<String>();
            var days = new TreeSet<Instant>();
            list.forEach(d -> {
                categories.addAll(d.categories());
                purposes.add(d.purpose());
                days.add(d.disclosedAt());
            });
            return "- " + named(recipient.name(), recipient.postalAddress(), recipient.category(), policy)
                    + ". What: " + categories.stream().map(c -> category(c, policy)).collect(Collectors.joining(", "))
                    + ". Why: " + purposes.stream().map(p -> policy.purposes().getOrDefault(p, p))
                    .collect(Collectors.joining(", "))
                    + ". When: " + days.stream().map(Moments.DAY::format).distinct()
                    .collect(Collectors.joining(", ")) + ".";
        }).collect(Collectors.joining("\n"));
    }

    /** "Name (category of recipient), postal address: line, line" or "..., no postal address recorded". */
    static String named(String name, Optional<String> address, String recipientCategory, Policy policy) {
        return name + " (" + policy.recipients().getOrDefault(recipientCategory, recipientCategory) + "), "
                + address.map(a -> "postal address: " + String.join(", ", a.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList())).orElse(NO_ADDRESS);
    }

    static String category(String code, Policy policy) {
        return policy.categories().containsKey(code) ? policy.categories().get(code).name() : code;
    }
}
