package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every writer of a fact an audience reads keeps the person's contact state in its own transaction: a
 * stale state would mail someone who said no (R12) or a minor (R4). After each change the kept rows must
 * equal what their sources say ({@link ContactStates#drift}), and the changed flag must show.
 */
class ContactStatesTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Secret SECRET = TestSecrets.of("states-key");
    private static final PolicyBook POLICIES = TestPolicies.bundled();

    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    @Test
    @DisplayName("R4, R6, R11, R12, R20: intake, unsubscribe, the do-not-contact list, a hold's restriction, a minor "
            + "report and erasure each leave the contact state as its sources say, in the same transaction")
    void everyWriterKeepsTheState() {
        String lead = with(w -> record(w, "lead@example.com", "DEMO_REQUEST")).id();
        assertEquals(List.of(true, false, false, false, false, false, false, true, true), flags(lead),
                "a new lead: submitted, a lead the policy permits promotions for");
        assertNoDrift();

        String referrer = with(w -> record(w, "referrer@example.com", "REFERRAL_REFERRER")).id();
        assertEquals(false, flags(referrer).get(7), "R6: a referrer alone is no lead");
        with(w -> record(w, "referrer@example.com", "DEMO_REQUEST"));
        assertEquals(true, flags(referrer).get(7), "a later lead form of the same person makes them a lead");
        assertNoDrift();

        with(w -> {
            var people = w.bean(People.class);
            people.unsubscribe(people.find(EmailAddress.of("lead@example.com")).orElseThrow(), "UNSUBSCRIBE", AT);
            return null;
        });
        assertEquals(true, flags(lead).get(4), "R12: unsubscribed");
        assertEquals(true, flags(lead).get(6), "R12: and barred from promotions on the list");
        assertNoDrift();

        String bounced = with(w -> record(w, "bounced@example.com", "DEMO_REQUEST")).id();
        with(w -> {
            w.bean(DoNotContactList.class).add(SECRET.keyedHash("bounced@example.com"), EnumSet.of(Suppression.BOUNCED),
                    "HARD_BOUNCE", AT);
            return null;
        });
        assertEquals(true, flags(bounced).get(5), "a bounce listed by hash reaches the person's state");
        with(w -> {
            w.bean(DoNotContactList.class).add(SECRET.keyedHash("bounced@example.com"),
                    EnumSet.of(Suppression.COMPLAINED), "COMPLAINT", AT);
            return null;
        });
        assertEquals(true, flags(bounced).get(3), "a complaint listed by hash too");
        assertNoDrift();

        // An address listed before it is known: the first form's state already carries the bar.
        with(w -> {
            w.bean(DoNotContactList.class).add(SECRET.keyedHash("listed@example.com"),
                    Suppression.barringPromotions(), "UNSUBSCRIBE", AT);
            return null;
        });
        String listed = with(w -> record(w, "listed@example.com", "DEMO_REQUEST")).id();
        assertEquals(true, flags(listed).get(6), "R12: a stranger's opt-out binds the address's later forms");

        with(w -> {
            w.bean(PeopleData.class).erase(new DataSubject(EmailAddress.of("listed@example.com"),
                    SECRET.keyedHash("listed@example.com"), Optional.of(listed)), AT);
            return null;
        });
        assertEquals(true, flags(listed).get(2), "R20: erased");
        assertNoDrift();

        String held = with(w -> record(w, "held@example.com", "DEMO_REQUEST")).id();
        assertEquals(Integer.valueOf(1), with(w -> w.bean(People.class).restrict(w.em().find(Person.class, held), AT)));
        assertEquals(false, flags(held).get(8), "R20: a record that a legal hold alone keeps permits no promotion");
        assertNoDrift();
        with(w -> record(w, "held@example.com", "DEMO_REQUEST"));
        assertEquals(true, flags(held).get(8), "a form sent later is a new record, which the restriction leaves alone");
        assertNoDrift();

        with(w -> w.with(com.psynergybilling.leads.rights.control.Registry.class,
                new com.psynergybilling.leads.rights.control.Registry() {
                    @Override
                    public List<PersonalData> holders() {
                        return List.of(w.bean(PeopleData.class));
                    }
                }).bean(com.psynergybilling.leads.rights.control.Erasure.class).erase(
                new DataSubject(EmailAddress.of("bounced@example.com"), SECRET.keyedHash("bounced@example.com"),
                        Optional.of(bounced)), com.psynergybilling.leads.rights.control.Erasure.Ground.MINOR, "officer",
                "minor-report", AT));
        assertEquals(true, flags(bounced).get(1), "R4: a minor");
        assertNoDrift();
    }

    @Test
    @DisplayName("R11: a state judged under another policy's predicate is judged again from its submissions, "
            + "by the reader at once and by the job's batches")
    void anotherPolicysJudgementIsNotTrusted() {
        String lead = with(w -> record(w, "lead@example.com", "DEMO_REQUEST")).id();
        String asked = with(w -> record(w, "asked@example.com", "PRIVACY_REQUEST")).id();
        db.inTransaction(em -> em.createNativeQuery("update contact_states set promotable = not promotable,"
                + " judged_under = 'another'").executeUpdate());
        assertEquals(Map.of(lead, true, asked, false), promotable(), "the reader judges rows of another policy itself");
        assertEquals(Integer.valueOf(2), with(w -> w.bean(ContactStates.class).forgetOtherPolicies()));
        assertEquals(Integer.valueOf(2), with(w -> w.bean(ContactStates.class).judgeUnjudged(10)));
        assertEquals(Integer.valueOf(0), with(w -> w.bean(ContactStates.class).judgeUnjudged(10)));
        assertEquals(Map.of(lead, true, asked, false), promotable());
        assertNoDrift();
    }

    private Person record(Wiring w, String email, String form) {
        var data = new SubmittedData(EmailAddress.of(email), "Lee Lead", null, null, null, null, null, null,
                null, null, null, null);
        Submission submission = w.bean(People.class).record(data, null, false,
                POLICIES.current().collect(form, data.presentFields(), false, AT));
        return submission.person();
    }

    /** minor, erased, complained, unsubscribed, bounced, no_promotions, has_lead, promotable after submitted. */
    private List<Object> flags(String personId) {
        return with(w -> {
            Object[] row = (Object[]) w.em().createNativeQuery("select submitted, minor, erased, complained,"
                    + " unsubscribed, bounced, no_promotions, has_lead, promotable from contact_states where person_id = ?1")
                    .setParameter(1, personId).getSingleResult();
            return List.of(row);
        });
    }

    private Map<String, Boolean> promotable() {
        return with(w -> {
            var states = w.bean(ContactStates.class);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = w.em().createNativeQuery("select c.person_id, " + states.promotableSql("c")
                    + " from contact_states c").getResultList();
            var answer = new java.util.HashMap<String, Boolean>();
            rows.forEach(r -> answer.put(r[0].toString(), (Boolean) r[1]));
            return answer;
        });
    }

    private void assertNoDrift() {
        assertEquals(Map.of(), with(w -> drift(w.bean(ContactStates.class))));
    }

    private <T> T with(Function<Wiring, T> work) {
        return db.inTransactionOf(em -> work.apply(new Wiring(em).with(Secret.class, SECRET)));
    }

    /**
     * The people whose kept state differs from what its sources say now (the writers' own derivation),
     * or who have a person row and no state. Empty when every writer kept it.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> drift(ContactStates states) {
        var em = states.em;
        var drift = new HashMap<String, String>();
        List<Object[]> kept = em.createNativeQuery("select " + ContactStates.COLUMNS + ", " + states.promotableSql("c")
                + " from contact_states c").getResultList();
        List<Object[]> derived = em.createNativeQuery(states.derivedSql()).getResultList();
        var keptById = new HashMap<String, Object[]>();
        kept.forEach(row -> keptById.put(row[0].toString(), row));
        for (Object[] now : derived) {
            Object[] was = keptById.remove(now[0].toString());
            if (was == null) {
                drift.put(now[0].toString(), "no contact state");
                continue;
            }
            var differs = new StringJoiner(", ");
            String[] names = ContactStates.COLUMNS.split(", ");
            for (int i = 1; i <= 8; i++) {
                if (!now[i].equals(was[i])) {
                    differs.add(names[i] + " kept " + was[i] + ", now " + now[i]);
                }
            }
            if (!now[9].equals(was[11])) {
                differs.add("promotable kept " + was[11] + ", now " + now[9]);
            }
            if (differs.length() > 0) {
                drift.put(now[0].toString(), differs.toString());
            }
        }
        keptById.keySet().forEach(id -> drift.put(id, "a contact state without a person"));
        return drift;
    }
}
