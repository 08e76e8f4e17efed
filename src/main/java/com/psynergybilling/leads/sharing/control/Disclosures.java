package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import com.psynergybilling.leads.sharing.entity.Partner;
import com.psynergybilling.leads.sharing.entity.ShineTheLight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The disclosure log (R15): written by exports, read for access and Shine the Light, emptied of whose on erasure. */
@ApplicationScoped
public class Disclosures {

    /** Recipients outside the company that use what they get for their own ends, direct marketing included. */
    static final Set<String> THIRD_PARTIES = Set.of("BUSINESS_PARTNERS", "THIRD_PARTIES", "SOCIAL_MEDIA");
    /** A California request counts California's calendar year. */
    static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");

    @PersistenceContext
    EntityManager em;

    /** Logs one disclosure in the caller's transaction, so the row and its record commit together. */
    public Disclosure record(String exportId, Partner partner, Disclosure.Whose whose, Permit permit, Instant now) {
        var shared = new Disclosure.Shared(permit.recipient(), List.copyOf(new TreeSet<>(permit.categories())),
                permit.purpose(), permit.policyVersion());
        var disclosure = new Disclosure(exportId, partner, whose, shared, now);
        em.persist(disclosure);
        return disclosure;
    }

    /** {@code subject}'s disclosures since {@code since}, oldest first, with their recipients. */
    public List<Disclosure> of(DataSubject subject, Instant since) {
        return em.createQuery("select d from Disclosure d join fetch d.partner where (d.addressHash in :hashes"
                        + " or d.personId = :person) and d.disclosedAt >= :since order by d.disclosedAt, d.id",
                        Disclosure.class)
                .setParameter("hashes", subject.addressHashes())
                .setParameter("person", subject.personId().orElse(""))
                .setParameter("since", since)
                .getResultList();
    }

    /** The calendar year before {@code now}'s, in California: the year a Shine the Light request asks about. */
    public static Year priorYear(Instant now) {
        return Year.from(now.atZone(CALIFORNIA)).minusYears(1);
    }

    /**
     * California "Shine the Light" (Cal. Civ. Code 1798.83) for {@code year}: the categories of
     * {@code subject}'s personal information disclosed to third parties for their direct marketing,
     * and those third parties by name. The rights component answers a SHINE_THE_LIGHT request with it.
     */
    public ShineTheLight shineTheLight(DataSubject subject, Year year) {
        Instant from = year.atDay(1).atStartOfDay(CALIFORNIA).toInstant();
        Instant to = year.plusYears(1).atDay(1).atStartOfDay(CALIFORNIA).toInstant();
        var byRecipient = new TreeMap<String, ShineTheLight.Recipient>();
        var categories = new TreeSet<String>();
        for (Disclosure d : of(subject, from)) {
            if (!d.disclosedAt().isBefore(to) || !THIRD_PARTIES.contains(d.recipientCategory())) {
                continue;
            }
            categories.addAll(d.disclosed().categories());
            byRecipient.merge(d.partner().id(), new ShineTheLight.Recipient(d.partner().name(),
                    d.partner().postalAddress(), d.recipientCategory(), Set.copyOf(d.disclosed().categories())),
                    (a, b) -> new ShineTheLight.Recipient(a.name(), a.postalAddress(), a.recipientCategory(),
                            union(a.categories(), b.categories())));
        }
        var recipients = byRecipient.values().stream()
                .sorted(Comparator.comparing(ShineTheLight.Recipient::name)).toList();
        return new ShineTheLight(year, categories, recipients);
    }

    /**
     * Erasure (R20): the log forgets whose each of {@code subject}'s disclosures was; what went where
     * and when stays, and says nothing about anyone. Returns how many rows were emptied.
     */
    public int erase(DataSubject subject) {
        return em.createQuery("update Disclosure d set d.personId = null, d.addressHash = null,"
                        + " d.submissionId = null where d.addressHash in :hashes or d.personId = :person")
                .setParameter("hashes", subject.addressHashes())
                .setParameter("person", subject.personId().orElse(""))
                .executeUpdate();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
