package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import com.psynergybilling.leads.sharing.entity.ExportCursor;
import com.psynergybilling.leads.sharing.entity.Partner;
import com.psynergybilling.leads.sharing.entity.PartnerExport;
import com.psynergybilling.leads.sharing.entity.SharedPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of an export to a partner, in the caller's transaction: the eligible people after the
 * cursor, each judged again, each row logged as a disclosure (R15) and audited (R26) before the
 * transaction commits, so nothing is handed over that the log does not hold. A row carries Basic
 * Identifiers only, name and email (R3), from a submission that carries the policy's permit.
 */
@ApplicationScoped
public class PartnerExports {

    static final String ACTION = "DISCLOSE_TO_PARTNER";

    @PersistenceContext
    EntityManager em;

    @Inject
    Eligibility eligibility;

    @Inject
    PolicyBook policies;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    Disclosures disclosures;

    @Inject
    Event<Audited> audit;

    public PartnerExport page(Partner partner, ExportCursor after, int limit, String actor, Instant now) {
        var ids = eligibility.page(after == null ? null : after.personId(), limit + 1);
        var page = ids.size() > limit ? ids.subList(0, limit) : ids;
        String exportId = UUID.randomUUID().toString();
        var people = new ArrayList<SharedPerson>();
        for (List<Submission> submissions : newestFirstByPerson(page)) {
            share(partner, exportId, submissions, actor, now).ifPresent(people::add);
        }
        String next = ids.size() > limit ? new ExportCursor(page.get(page.size() - 1)).encode() : null;
        return new PartnerExport(exportId, partner.id(), now, people, next);
    }

    private Optional<SharedPerson> share(Partner partner, String exportId, List<Submission> submissions,
                                         String actor, Instant now) {
        Person person = submissions.get(0).person();
        // Read again under a row lock: a withdrawal or opt-out committed since the selection counts,
        // and one arriving now waits until this export has committed (R14, R16, R21).
        em.refresh(person, LockModeType.PESSIMISTIC_WRITE);
        if (person.erased()) {
            return Optional.empty();
        }
        String hash = doNotContact.hash(person.email());
        if (!eligibility.allows(person, doNotContact.hashes(person.email()))) {
            return Optional.empty();
        }
        for (Submission submission : submissions) {
            if (submission.fullName() != null && person.consentCovers(submission)
                    && policies.judge(Uses.PARTNER_EXPORT, submission.collection()) instanceof Permit permit
                    && nameAndEmailCovered(permit, submission)) {
                // Read again: a hold's restriction committed since the selection counts (R20). It covers
                // all the person's records then on file, so no older one may serve instead.
                em.refresh(submission);
                if (submission.keptForObligationOnly()) {
                    return Optional.empty();
                }
                disclosures.record(exportId, partner, new Disclosure.Whose(person.id(), hash, submission.id()),
                        permit, now);
                audit.fire(new Audited(actor, ACTION, hash, permit.purpose(),
                        "partner " + partner.id() + " export " + exportId));
                return Optional.of(new SharedPerson(submission.fullName(), person.email().value()));
            }
        }
        return Optional.empty();
    }

    private boolean nameAndEmailCovered(Permit permit, Submission submission) {
        var covered = policies.fieldsCovered(permit, submission.collection());
        return covered.test("fullName") && covered.test("email");
    }

    /** The page's people in id order, each with their submissions newest first: the latest permitted name wins. */
    private List<List<Submission>> newestFirstByPerson(List<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        var found = em.createQuery("select s from Submission s join fetch s.person p where p.id in :ids"
                        + " order by s.collection.collectedAt desc, s.id", Submission.class)
                .setParameter("ids", personIds).getResultList();
        var byPerson = new LinkedHashMap<String, List<Submission>>();
        personIds.forEach(id -> byPerson.put(id, new ArrayList<>()));
        found.forEach(s -> byPerson.get(s.person().id()).add(s));
        return byPerson.values().stream().filter(list -> !list.isEmpty()).toList();
    }
}
