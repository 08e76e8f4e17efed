package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.UseRule;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import com.psynergybilling.leads.sharing.entity.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The disclosure log as a holder of personal data: an access report lists a person's disclosures
 * by recipient (R18), and deletion empties whose (R20). The values disclosed are not in the log;
 * what it holds about a person is the fact that their data went somewhere.
 */
@ApplicationScoped
public class DisclosureLog implements PersonalData {

    static final String HOLDER = "sharing";

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
        return Holding.of("Disclosures to business partners", use, sources);
    }

    /** One {@link Piece.Disclosed} per disclosure, oldest first; the report groups them by recipient. */
    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (Disclosure d : disclosures.of(subject, since)) {
            pieces.add(new Piece.Disclosed(HOLDER, recipient(d.partner(), d.recipientCategory()), d.disclosed(),
                    d.disclosedAt()));
        }
        return pieces;
    }

    static Piece.Recipient recipient(Partner partner, String category) {
        return new Piece.Recipient(partner.id(), partner.name(), category, partner.postalAddress());
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
