package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.UseRule;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The disclosure log as a holder of personal data: an access report lists a person's disclosures
 * by recipient (R18), and deletion empties whose (R20). The values disclosed are not in the log;
 * what it holds about a person is the fact that their data went somewhere.
 */
@ApplicationScoped
public class DisclosureLog implements PersonalData {

    @Inject
    Disclosures disclosures;

    @Inject
    PolicyBook policies;

    @Override
    public Holding describe() {
        UseRule use = policies.current().use(Uses.PARTNER_EXPORT).orElseThrow();
        var sources = new TreeSet<String>();
        policies.current().forms().values().stream().filter(f -> f.consentPurposes().contains(use.purpose()))
                .forEach(f -> sources.add(f.code()));
        return new Holding("Disclosures to business partners", use.categories(), sources, Set.of(use.purpose()),
                Set.of(use.recipient()));
    }

    /** [{recipient, recipientCategory, disclosures: [{categories, purpose, disclosedAt}]}], one entry per recipient. */
    @Override
    public JsonArray export(DataSubject subject, Instant since) {
        var byRecipient = new LinkedHashMap<String, JsonArrayBuilder>();
        var recipients = new LinkedHashMap<String, Disclosure>();
        for (Disclosure d : disclosures.of(subject, since)) {
            recipients.putIfAbsent(d.partner().id(), d);
            var categories = Json.createArrayBuilder();
            d.categories().forEach(categories::add);
            byRecipient.computeIfAbsent(d.partner().id(), id -> Json.createArrayBuilder())
                    .add(Json.createObjectBuilder().add("categories", categories).add("purpose", d.purpose())
                            .add("disclosedAt", d.disclosedAt().toString()));
        }
        var report = Json.createArrayBuilder();
        recipients.forEach((id, first) -> report.add(Json.createObjectBuilder()
                .add("recipient", first.partner().name())
                .add("recipientCategory", first.recipientCategory())
                .add("disclosures", byRecipient.get(id))));
        return report.build();
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        return disclosures.erase(subject);
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Disclosure.class);
    }
}
