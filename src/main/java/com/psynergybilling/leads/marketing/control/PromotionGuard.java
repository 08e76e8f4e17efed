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
import java.util.Optional;

/**
 * At send time a promotion goes only to a person who may still get one: not unsubscribed since it
 * was queued (R12), not erased, not a minor, and with a record the policy still permits it for
 * (R11). The do-not-contact list has its own guard. The veto is the exclusion's name.
 */
@ApplicationScoped
public class PromotionGuard implements MailGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Override
    public Optional<String> veto(OutboxMessage message) {
        if (!Uses.PROMOTIONAL_EMAIL.equals(message.use())) {
            return Optional.empty();
        }
        Optional<String> personId = CampaignMail.personOf(message.messageKey());
        Person person = personId.map(id -> em.find(Person.class, id)).orElse(null);
        if (person != null && person.minor()) {
            return reason(Exclusion.MINOR);
        }
        if (person == null || person.erased()) {
            return reason(Exclusion.DELETED);
        }
        if (person.unsubscribed()) {
            return reason(Exclusion.UNSUBSCRIBED);
        }
        boolean permitted = em.createQuery("select s from Submission s where s.person = :person", Submission.class)
                .setParameter("person", person).getResultStream()
                .anyMatch(s -> policies.judge(Uses.PROMOTIONAL_EMAIL, s.collection()).permitted());
        return permitted ? Optional.empty() : reason(Exclusion.PURPOSE_NOT_PERMITTED);
    }

    private static Optional<String> reason(Exclusion exclusion) {
        return Optional.of(exclusion.name());
    }
}
