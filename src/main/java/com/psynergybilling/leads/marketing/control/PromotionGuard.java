package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.mail.control.MailGuard;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.marketing.entity.Exclusion;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * At send time a promotion goes only to a person who may still get one: not unsubscribed since it
 * was queued (R12), not erased, not a minor, and with a record the policy still permits it for
 * (R11). The do-not-contact list has its own guard. The veto is the exclusion's name. A claimed
 * batch is checked with two queries.
 */
@ApplicationScoped
public class PromotionGuard implements MailGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Override
    public Map<String, String> vetoes(List<OutboxMessage> messages) {
        var personOf = new HashMap<String, String>();
        for (OutboxMessage message : messages) {
            if (Uses.PROMOTIONAL_EMAIL.equals(message.use())) {
                personOf.put(message.id(), CampaignMail.personOf(message.messageKey()).orElse(""));
            }
        }
        var vetoes = new HashMap<String, String>();
        if (personOf.isEmpty()) {
            return vetoes;
        }
        var ids = List.copyOf(new HashSet<>(personOf.values()));
        Map<String, Person> people = em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Submission> leads = em.createQuery("select s from Submission s join fetch s.person p where p.id in :ids",
                        Submission.class).setParameter("ids", ids).getResultStream()
                .filter(AudienceSql::lead).toList();
        Set<String> withLead = leads.stream().map(s -> s.person().id()).collect(Collectors.toSet());
        Set<String> permitted = leads.stream()
                .filter(s -> policies.judge(Uses.PROMOTIONAL_EMAIL, s.collection()).permitted())
                .map(s -> s.person().id()).collect(Collectors.toSet());
        personOf.forEach((messageId, personId) -> exclusion(people.get(personId), withLead.contains(personId),
                permitted.contains(personId)).ifPresent(exclusion -> vetoes.put(messageId, exclusion.name())));
        return vetoes;
    }

    @Override
    public Optional<String> veto(OutboxMessage message) {
        return Optional.ofNullable(vetoes(List.of(message)).get(message.id()));
    }

    /** In the order of the audience query's CASE (AudienceSql), so count and send-time check agree. */
    private static Optional<Exclusion> exclusion(Person person, boolean lead, boolean permitted) {
        if (person != null && person.minor()) {
            return Optional.of(Exclusion.MINOR);
        }
        if (person == null || person.erased()) {
            return Optional.of(Exclusion.DELETED);
        }
        if (person.unsubscribed()) {
            return Optional.of(Exclusion.UNSUBSCRIBED);
        }
        if (!lead) {
            return Optional.of(Exclusion.REFERRAL_ONLY);
        }
        return permitted ? Optional.empty() : Optional.of(Exclusion.PURPOSE_NOT_PERMITTED);
    }
}
