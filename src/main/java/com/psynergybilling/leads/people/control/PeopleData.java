package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People and their submissions in the registry of personal data. Erasure leaves the person as a
 * tombstone (id, keyed hash, erased, minor) and each submission with its collection record only.
 */
@ApplicationScoped
public class PeopleData implements PersonalData {

    static final String HOLDER = "people";
    /** The fact that a legal hold kept a submission from an erasure, and since when (R20). */
    public static final String KEPT_UNDER_HOLD = "KEPT_UNDER_LEGAL_HOLD";
    /** The fact that a submission came in an imported file, not from the person's own form. */
    public static final String IMPORTED = "IMPORTED";

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    ContactStates contactStates;

    @Inject
    HeldAddresses holds;

    @Override
    public Holding describe() {
        return new Holding(HOLDER,
                Set.of("BASIC_IDENTIFIERS", "COMMERCIAL_INFORMATION", "PROFESSIONAL_INFORMATION", "USER_CONTENT",
                        "NETWORK_ACTIVITY"),
                Set.of("DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST", "WEBINAR_SIGNUP",
                        "REFERRAL_REFERRER"),
                Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "COMMUNICATING_WITH_YOU", "MARKETING",
                        "SECURITY", "REFERRALS", "WITH_CONSENT", "REQUIRED_BY_LAW"),
                Set.of("CORPORATE_AFFILIATES", "SERVICE_PROVIDERS", "BUSINESS_PARTNERS"));
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        // The do-not-contact list's entries under the address, known person or not: what each bars, why, since when.
        var listed = em.createQuery("select d from DoNotContact d where d.addressHash in :hashes order by d.createdAt",
                DoNotContact.class).setParameter("hashes", subject.addressHashes()).getResultList();
        for (DoNotContact entry : listed) {
            var bar = new LinkedHashMap<String, Object>();
            bar.put("bars", entry.kind().name());
            bar.put("reason", entry.reason());
            pieces.add(Pieces.fact(HOLDER, "DO_NOT_CONTACT", entry.createdAt(), bar));
        }
        Set<Suppression> barred = listed.stream().map(DoNotContact::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Suppression.class)));
        person(subject).filter(p -> !p.erased()).ifPresent(person -> {
            var state = new LinkedHashMap<String, Object>();
            state.put("email", person.email().value());
            // As every sender reads them: the person's own flag, or the list barring the address.
            state.put("unsubscribed", person.unsubscribed() || barred.contains(Suppression.NO_PROMOTIONS));
            state.put("partnerSharingConsent", person.partnerConsent());
            state.put("optedOutOfSaleAndSharing", person.saleSharingOptOut()
                    || barred.contains(Suppression.NO_SALE_OR_SHARING));
            pieces.add(Pieces.fact(HOLDER, "PERSON", person.createdAt(), state));
            boolean held = !holds.heldAmong(subject.addressHashes()).isEmpty();
            // Every submission still held, however old: held data is reported whatever its age.
            for (Submission submission : people.submissions(person)) {
                pieces.add(Pieces.collected(HOLDER, "SUBMISSION", submission.collection(), submission.fields()));
                if (submission.importedAt().isPresent()) {
                    // It reached us in a file, not from the person's own form: say so, and when.
                    var imported = new LinkedHashMap<String, Object>();
                    imported.put("submission", submission.id());
                    imported.put("importId", submission.importId().orElse(null));
                    imported.put("importedAt", submission.importedAt().get().toString());
                    imported.put("source", submission.collection().sourceForm());
                    imported.put("collectedAt", submission.collection().collectedAt().toString());
                    pieces.add(Pieces.fact(HOLDER, IMPORTED, submission.importedAt().get(), imported));
                }
                submission.restrictedAt().filter(restricted -> held).ifPresent(restricted -> {
                    // Kept only because a hold stopped its erasure: the report says so, and since when. Once
                    // the hold is released the retention erases it (LeadRetention), so the claim ends with it.
                    var kept = new LinkedHashMap<String, Object>();
                    kept.put("submission", submission.id());
                    kept.put("usedOnlyFor", "a legal obligation (a legal hold)");
                    pieces.add(Pieces.fact(HOLDER, KEPT_UNDER_HOLD, restricted, kept));
                });
            }
        });
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        var person = person(subject).filter(p -> !p.erased());
        if (person.isEmpty()) {
            return 0;
        }
        int touched = 1;
        for (Submission submission : people.submissions(person.get())) {
            submission.deidentify();
            touched++;
        }
        person.get().erase(false, now);
        contactStates.refresh(person.get().id());
        return touched;
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Person.class, Submission.class);
    }

    private Optional<Person> person(DataSubject subject) {
        return subject.personId().map(id -> em.find(Person.class, id));
    }
}
