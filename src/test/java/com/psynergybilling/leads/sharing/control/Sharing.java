package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** The sharing controls wired on one persistence context, and people made as the intake makes them. */
final class Sharing {

    static final Secret SECRET = TestSecrets.of("sharing-test-secret");
    static final PolicyBook POLICIES = TestPolicies.bundled();

    final EntityManager em;
    final DoNotContactList doNotContact;
    final Disclosures disclosures = new Disclosures();
    final Eligibility eligibility = new Eligibility();
    final PartnerExports exports = new PartnerExports();
    final Partners partners;
    final RecordedEvents<Audited> audited = new RecordedEvents<>();

    Sharing(EntityManager em) {
        this.em = em;
        doNotContact = TestDoNotContact.on(em, SECRET);
        disclosures.em = em;
        partners = new Wiring(em).bean(Partners.class);
        eligibility.em = em;
        eligibility.policies = POLICIES;
        eligibility.doNotContact = doNotContact;
        exports.em = em;
        exports.eligibility = eligibility;
        exports.policies = POLICIES;
        exports.doNotContact = doNotContact;
        exports.disclosures = disclosures;
        exports.audit = audited;
    }

    /** A demo request with specialty and a comment, as the intake stores it: consent adds WITH_CONSENT. */
    Person person(String email, String name, boolean consent, boolean gpc, Instant at) {
        var address = EmailAddress.of(email);
        var person = em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", address.value())
                .getResultStream().findFirst().orElse(null);
        if (person == null) {
            person = new Person(address, SECRET.keyedHash(address.value()), at);
            em.persist(person);
        }
        person.submitted(consent, gpc, at);
        var data = new SubmittedData(address, name, null, "Clinic", null, "Cardiology", 4, null,
                "call me on Tuesdays", null, "203.0.113.9", "agent");
        var collection = POLICIES.current().collect("DEMO_REQUEST", data.presentFields(), consent, at);
        em.persist(new Submission(person, data, consent, collection));
        em.flush();
        return person;
    }

    void sql(String statement, String personId) {
        em.createNativeQuery(statement).setParameter(1, personId).executeUpdate();
    }

    static String hash(String email) {
        return SECRET.keyedHash(EmailAddress.of(email).value());
    }
}
