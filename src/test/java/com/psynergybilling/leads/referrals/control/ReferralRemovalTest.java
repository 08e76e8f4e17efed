package com.psynergybilling.leads.referrals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.TestOutbox;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.people.control.TestPeople;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.platform.control.TestPublicUrl;
import com.psynergybilling.leads.platform.control.TestSignedIds;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.referrals.entity.ColleagueForm;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import com.psynergybilling.leads.referrals.entity.RemovalRequest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Removal on the real schema: recorded first, carried out after, barring invitations only; and what a
 * legal hold's restriction of a referrer's or a colleague's records leaves of the referral flow.
 */
class ReferralRemovalTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final Secret SECRET = TestSecrets.of("removal-test-secret");
    static final PolicyBook POLICIES = TestPolicies.bundled();

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    EntityManager em;
    DoNotContactList list;
    People people;
    Referrals referrals;
    Invitations invitations;
    ReferralRemoval removal;
    RemovalConfirmations confirmations;
    RecordedEvents<Audited> audited;

    @BeforeEach
    void open() {
        em = db.open();
        em.getTransaction().begin();
        list = TestDoNotContact.on(em, SECRET);
        people = TestPeople.on(em, list);
        var tokens = new ReferralTokens();
        tokens.signed = TestSignedIds.of("removal-test-signing");
        var outbox = TestOutbox.on(em);
        referrals = new Referrals();
        referrals.em = em;
        referrals.policies = POLICIES;
        referrals.doNotContact = list;
        referrals.outbox = outbox;
        referrals.tokens = new ReferralTokens();
        referrals.tokens.signed = TestSignedIds.of("confirm-test-signing");
        referrals.publicUrl = TestPublicUrl.of("http://leads.test");
        referrals.receiptLinks = com.psynergybilling.leads.people.control.TestReceiptLinks.of("receipt-test-signing");
        referrals.people = people;
        invitations = new Invitations();
        invitations.em = em;
        invitations.policies = POLICIES;
        invitations.outbox = outbox;
        invitations.referrals = referrals;
        invitations.tokens = tokens;
        invitations.publicUrl = TestPublicUrl.of("http://leads.test");
        invitations.doNotContact = list;
        invitations.holds = holdingAll(false);
        audited = new RecordedEvents<>();
        confirmations = new RemovalConfirmations();
        confirmations.em = em;
        confirmations.people = people;
        confirmations.doNotContact = list;
        confirmations.policies = POLICIES;
        confirmations.outbox = outbox;
        confirmations.tokens = tokens;
        confirmations.audit = audited;
        confirmations.publicUrl = TestPublicUrl.of("http://leads.test");
        removal = new ReferralRemoval();
        removal.em = em;
        removal.referrals = referrals;
        removal.tokens = tokens;
        removal.doNotContact = list;
        removal.confirmations = confirmations;
        removal.holds = holdingAll(false);
        removal.audit = audited;
    }

    @AfterEach
    void close() {
        TestDatabase.discard(em);
    }

    /** Every address under a legal hold, or none. */
    private static HeldAddresses holdingAll(boolean held) {
        return held ? holding(null) : holding(Set.of());
    }

    /** The addresses of these hashes under a legal hold (all with null). */
    private static HeldAddresses holding(Set<String> hashes) {
        return new HeldAddresses() {
            @Override
            public boolean held(String addressHash) {
                return hashes == null || hashes.contains(addressHash);
            }

            @Override
            public Set<String> heldAmong(java.util.Collection<String> addressHashes) {
                return addressHashes.stream().filter(this::held).collect(java.util.stream.Collectors.toSet());
            }
        };
    }

    /** The operator rotates the key: the old one stays configured as a previous key. */
    private DoNotContactList rotate() {
        var rotated = new Secret();
        rotated.configure("removal-test-secret-2", "removal-test-secret");
        list = TestDoNotContact.on(em, rotated);
        people = TestPeople.on(em, list);
        referrals.doNotContact = list;
        referrals.people = people;
        invitations.doNotContact = list;
        confirmations.people = people;
        confirmations.doNotContact = list;
        removal.doNotContact = list;
        return list;
    }

    private Person lead(String email) {
        var data = new SubmittedData(EmailAddress.of(email), "Lee Lead", null, "Clinic", null, null, null, null,
                null, null, null, null);
        var collection = POLICIES.current().collect("DEMO_REQUEST", data.presentFields(), true, AT);
        return people.record(data, true, false, collection).person();
    }

    private void refer(String colleague) {
        // the referrer confirms at once: these tests are about what removal does to invitations
        invitations.send(unconfirmed(colleague), AT);
    }

    /** A referral of {@code colleague} its referrer has not confirmed: the colleague waits as pending. */
    private com.psynergybilling.leads.referrals.entity.Referral unconfirmed(String colleague) {
        var referrer = people.record(new SubmittedData(EmailAddress.of("referrer@example.com"), "Rita Referrer", null,
                null, null, null, null, null, null, null, null, null), null, false, POLICIES.current().collect(
                "REFERRAL_REFERRER", List.of("fullName", "email"), false, AT));
        var form = new ColleagueForm();
        form.name = "Sam Lee";
        form.email = colleague;
        return referrals.refer(referrer, List.of(form), AT);
    }

    private long invitations(String to) {
        return em.createQuery("select count(m) from OutboxMessage m where m.recipient = :to and m.use = 'REFERRAL_INVITATION'",
                Long.class).setParameter("to", to).getSingleResult();
    }

    private List<OutboxMessage> letters() {
        return em.createQuery("select m from OutboxMessage m where m.template = :t", OutboxMessage.class)
                .setParameter("t", RemovalConfirmations.TEMPLATE).getResultList();
    }

    @Test
    @DisplayName("R9: a removal by address is only recorded when it arrives, as a keyed hash, known or not")
    void aRemovalIsRecordedFirst() {
        refer("known@example.com");
        removal.receive(null, EmailAddress.of("known@example.com"), AT);
        removal.receive(null, EmailAddress.of("stranger@example.com"), AT);
        em.flush();
        var recorded = em.createQuery("select r from RemovalRequest r", RemovalRequest.class).getResultList();
        assertEquals(Set.of(list.hashes(EmailAddress.of("known@example.com")), list.hashes(EmailAddress.of("stranger@example.com"))),
                Set.copyOf(recorded.stream().map(RemovalRequest::addressHashes).toList()));
        assertTrue(list.kinds(list.hash(EmailAddress.of("known@example.com"))).isEmpty(), "nothing done yet");
        assertTrue(audited.fired.isEmpty());
        removal.receive("0".repeat(36) + "." + "a".repeat(64), null, AT);
        assertEquals(2, em.createQuery("select count(r) from RemovalRequest r", Long.class).getSingleResult(),
                "a forged link records nothing");
    }

    @Test
    @DisplayName("R9, R20: under a legal hold the colleague data stays, and the letter to the lead says so, not that it "
            + "was deleted")
    void underAHoldTheLetterSaysTheDataIsKept() {
        lead("held@example.com");
        refer("held@example.com");
        String hash = list.hash(EmailAddress.of("held@example.com"));
        removal.holds = holdingAll(true);
        removal.receive(null, EmailAddress.of("held@example.com"), AT);
        removal.carryOutBatch(AT);
        assertEquals("Sam Lee", referrals.find(List.of(hash)).orElseThrow().name(), "kept under the hold");
        var letter = letters();
        assertEquals(1, letter.size());
        assertTrue(letter.get(0).model().contains("\"keptUnderHold\""), letter.get(0).model());
    }

    @Test
    @DisplayName("R9, R14, R16: a stranger's removal of a lead's address bars invitations only, deletes colleague data, "
            + "is audited and mails the address a confirmation offer; confirming applies what the owner chose")
    void aStrangersRemovalBarsInvitationsOnly() {
        var lead = lead("lead@example.com");
        refer("lead@example.com");
        assertEquals(1, invitations("lead@example.com"));
        String hash = list.hash(EmailAddress.of("lead@example.com"));

        removal.receive(null, EmailAddress.of("lead@example.com"), AT);
        removal.receive(null, EmailAddress.of("nobody@example.com"), AT);
        assertEquals(2, removal.carryOutBatch(AT));

        assertEquals(EnumSet.of(Suppression.NO_INVITATIONS), list.kinds(hash));
        assertNull(referrals.find(List.of(hash)).orElseThrow().name(), "the colleague's name is deleted");
        assertFalse(lead.unsubscribed());
        assertFalse(lead.saleSharingOptOut());
        assertTrue(lead.partnerConsent(), "the lead's consent stands");
        assertEquals(2, audited.fired.size(), "every removal is audited, known or not");
        assertTrue(audited.fired.stream().allMatch(a -> a.action().equals("REFERRAL_REMOVED")));
        assertEquals(0, em.createQuery("select count(r) from RemovalRequest r", Long.class).getSingleResult());

        var letter = letters();
        assertEquals(1, letter.size(), "a letter to the lead's address, none to an unknown one");
        assertEquals("lead@example.com", letter.get(0).recipient());
        assertEquals("PRIVACY_REPLY", letter.get(0).use());
        String url = letter.get(0).model().substring(letter.get(0).model().indexOf("http"));
        String token = url.substring(url.indexOf("token=") + 6, url.indexOf('"'));

        assertEquals(EnumSet.of(Suppression.NO_PROMOTIONS, Suppression.NO_SALE_OR_SHARING), confirmations.open(token).orElseThrow());
        assertTrue(confirmations.open("0".repeat(36) + "." + "b".repeat(64)).isEmpty());
        assertFalse(confirmations.confirm("0".repeat(36) + "." + "b".repeat(64), true, true, AT));
        assertTrue(confirmations.confirm(token, false, true, AT), "the owner stops sharing and keeps promotions");
        assertEquals(EnumSet.of(Suppression.NO_INVITATIONS, Suppression.NO_SALE_OR_SHARING), list.kinds(hash));
        assertTrue(lead.saleSharingOptOut());
        assertFalse(lead.unsubscribed());
        assertEquals(EnumSet.of(Suppression.NO_PROMOTIONS), confirmations.open(token).orElseThrow());

        removal.receive(null, EmailAddress.of("lead@example.com"), AT.plusSeconds(60));
        removal.carryOutBatch(AT.plusSeconds(60));
        assertEquals(1, letters().size(), "at most one letter a day, however often a stranger posts the address");
    }

    @Test
    @DisplayName("R7, R9: an address removed by anyone, or unsubscribed, is never invited; a sale-and-sharing bar is no bar "
            + "to an invitation")
    void invitationsReadTheirOwnKinds() {
        removal.receive(null, EmailAddress.of("removed@example.com"), AT);
        removal.carryOutBatch(AT);
        list.add(list.hash(EmailAddress.of("unsubscribed@example.com")), Suppression.barringPromotions(), "UNSUBSCRIBE", AT);
        list.add(list.hash(EmailAddress.of("unshared@example.com")), Suppression.barringSaleOrSharing(), "GPC", AT);
        refer("removed@example.com");
        refer("unsubscribed@example.com");
        refer("unshared@example.com");
        assertEquals(0, invitations("removed@example.com"));
        assertEquals(0, invitations("unsubscribed@example.com"));
        assertEquals(1, invitations("unshared@example.com"));
    }

    @Test
    @DisplayName("R7: a colleague invited before a key rotation, and forgotten since (R10), is not invited again after it")
    void oneInvitationAcrossAKeyRotation() {
        refer("once@example.com");
        assertEquals(1, invitations("once@example.com"));
        referrals.find(List.of(list.hash(EmailAddress.of("once@example.com")))).orElseThrow().erase(AT);
        em.flush();

        var rotated = new Secret();
        rotated.configure("removal-test-secret-2", "removal-test-secret");
        referrals.doNotContact = TestDoNotContact.on(em, rotated);
        refer("once@example.com");
        assertEquals(1, invitations("once@example.com"), "the old key's hash still says it was invited");
    }

    @Test
    @DisplayName("R5: a referral refused over the referrer's daily cap stores nothing, but its GPC signal opts the "
            + "referrer's address out of sale and sharing, known or not")
    void aGpcSignalOverTheCapIsKept() {
        var lead = lead("capped@example.com");
        referrals.refusedOverCap(EmailAddress.of("capped@example.com"), true, AT);
        referrals.refusedOverCap(EmailAddress.of("unknown-capped@example.com"), true, AT);
        referrals.refusedOverCap(EmailAddress.of("no-signal@example.com"), false, AT);
        em.flush();
        assertTrue(lead.saleSharingOptOut());
        assertTrue(list.kinds(list.hash(EmailAddress.of("unknown-capped@example.com"))).contains(Suppression.NO_SALE_OR_SHARING));
        assertTrue(list.kinds(list.hash(EmailAddress.of("no-signal@example.com"))).isEmpty());
    }

    @Test
    @DisplayName("R9: the invitation's own link removes its colleague and bars invitations, with no letter")
    void theLinkRemovesItsColleague() {
        refer("linked@example.com");
        var colleague = referrals.find(List.of(list.hash(EmailAddress.of("linked@example.com")))).orElseThrow();
        removal.receive(removal.tokens.removalToken(colleague.id()), null, AT);
        removal.carryOutBatch(AT);
        assertNull(em.find(ReferredColleague.class, colleague.id()).name());
        assertEquals(EnumSet.of(Suppression.NO_INVITATIONS), list.kinds(colleague.addressHash()));
        assertTrue(letters().isEmpty());
        assertTrue(audited.fired.get(0).detail().contains("by link"));
    }

    @Test
    @DisplayName("R9: a removal by address after a key rotation deletes the colleague and the pending copies stored "
            + "under the old key, and the lead's letter says so truly")
    void aRemovalAfterAKeyRotationFindsTheOldKeysColleague() {
        refer("rotated@example.com");
        unconfirmed("rotated@example.com");
        String oldHash = list.hash(EmailAddress.of("rotated@example.com"));
        em.flush();
        rotate();
        lead("rotated@example.com");
        assertFalse(oldHash.equals(list.hash(EmailAddress.of("rotated@example.com"))), "the lead is under the new key");

        removal.receive(null, EmailAddress.of("rotated@example.com"), AT);
        removal.carryOutBatch(AT);

        assertNull(referrals.find(List.of(oldHash)).orElseThrow().name(), "the old key's colleague is deleted");
        assertTrue(referrals.pending(List.of(oldHash)).isEmpty(), "and its unconfirmed copy");
        assertTrue(audited.fired.get(0).detail().contains(" deleted"), audited.fired.get(0).detail());
        var letter = letters();
        assertEquals(1, letter.size(), "the lead under the new key gets the letter");
        assertFalse(letter.get(0).model().contains("keptUnderHold"), letter.get(0).model());
    }

    @Test
    @DisplayName("R9, R20: a removal link keeps the colleague data under a legal hold placed under the new key, though "
            + "the colleague was stored under the old one")
    void aLinkHonoursAHoldUnderAnotherKey() {
        refer("linked-held@example.com");
        var colleague = referrals.find(List.of(list.hash(EmailAddress.of("linked-held@example.com")))).orElseThrow();
        rotate();
        removal.holds = holding(Set.of(list.hash(EmailAddress.of("linked-held@example.com"))));
        removal.receive(removal.tokens.removalToken(colleague.id()), null, AT);
        removal.carryOutBatch(AT);
        assertEquals("Sam Lee", em.find(ReferredColleague.class, colleague.id()).name(), "kept under the hold");
        assertEquals("REFERRAL_REMOVAL_HELD", audited.fired.get(0).action());
    }

    @Test
    @DisplayName("R10: a colleague the policy does not let us invite is not kept at all, so nothing outlives the "
            + "retention that counts from the invitation")
    void anInvitationThePolicyRefusesKeepsNothing() {
        invitations.policies = new PolicyBook() {
            @Override
            public com.psynergybilling.leads.policy.entity.Decision judge(String use,
                    com.psynergybilling.leads.policy.entity.Collection record) {
                return com.psynergybilling.leads.policy.entity.Uses.REFERRAL_INVITATION.equals(use)
                        ? new com.psynergybilling.leads.policy.entity.Refusal(use, "not in this test's policy")
                        : POLICIES.judge(use, record);
            }
        };
        refer("refused@example.com");
        assertEquals(0, invitations("refused@example.com"));
        assertTrue(referrals.find(list.hashes(EmailAddress.of("refused@example.com"))).isEmpty(), "no colleague kept");
        assertTrue(referrals.pending(list.hashes(EmailAddress.of("refused@example.com"))).isEmpty(), "nor pending");
    }

    /** The referrer's submission of {@code referral}, restricted as an erasure under a legal hold does (R20). */
    private void restrictReferrer(com.psynergybilling.leads.referrals.entity.Referral referral) {
        people.restrict(referral.referrer().person(), AT);
        em.flush();
        em.refresh(referral.referrer());
    }

    private ReferralMailGuard guard() {
        var guard = new ReferralMailGuard();
        guard.em = em;
        guard.clock = com.psynergybilling.leads.TestClock.at(AT);
        return guard;
    }

    private OutboxMessage queued(String template) {
        return em.createQuery("select m from OutboxMessage m where m.template = :t", OutboxMessage.class)
                .setParameter("t", template).getResultList().get(0);
    }

    @Test
    @DisplayName("R8, R20: a referrer whose records a legal hold restricted cannot confirm, and gets no confirmation "
            + "mail; the referral is kept to lapse with its link")
    void aRestrictedReferrerConfirmsNothing() {
        var referral = unconfirmed("colleague-of-held@example.com");
        var confirmation = queued(Referrals.CONFIRMATION);
        assertTrue(guard().veto(confirmation).isEmpty(), "before the restriction it goes");
        restrictReferrer(referral);

        assertFalse(referral.awaitsConfirmation(AT));
        assertTrue(guard().veto(confirmation).isPresent(), "the mail to the referrer is held back");
        var confirming = new ReferralConfirmation();
        confirming.em = em;
        confirming.tokens = referrals.tokens;
        confirming.invitations = invitations;
        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                com.psynergybilling.leads.platform.control.ProblemException.class,
                () -> confirming.confirm(referrals.tokens.confirmationToken(referral.id()), AT));
        assertEquals(410, refused.problem().status);
        assertEquals(0, invitations("colleague-of-held@example.com"));
        assertEquals(1, referrals.pending(list.hashes(EmailAddress.of("colleague-of-held@example.com"))).size(),
                "nothing deleted: the referral lapses with its link");
    }

    @Test
    @DisplayName("R7, R20: an invitation queued before its referrer's records were restricted is not sent in their name")
    void noInvitationInARestrictedReferrersName() {
        var referral = unconfirmed("invited-colleague@example.com");
        invitations.send(referral, AT);
        var invitation = queued(Invitations.INVITATION);
        assertTrue(guard().veto(invitation).isEmpty(), "before the restriction it goes");
        restrictReferrer(referral);
        assertTrue(guard().veto(invitation).isPresent());
    }

    @Test
    @DisplayName("R7, R20: a person whose records a legal hold kept from an erasure is not invited by a referral "
            + "waiting for them, nor by a later one; the hold keeps the waiting copy")
    void aHeldPersonIsNotInvited() {
        var held = lead("held-colleague@example.com");
        var waiting = unconfirmed("held-colleague@example.com");
        people.restrict(held, AT);
        em.flush();
        invitations.holds = holdingAll(true);

        invitations.send(waiting, AT);
        assertEquals(0, invitations("held-colleague@example.com"));
        var hashes = list.hashes(EmailAddress.of("held-colleague@example.com"));
        assertEquals(1, referrals.pending(hashes).size(), "the hold keeps the copy the erasure would have deleted");
        refer("held-colleague@example.com");
        assertEquals(0, invitations("held-colleague@example.com"), "nor a later referral");
        assertEquals(1, referrals.pending(hashes).size(), "which keeps nothing new");
    }

    @Test
    @DisplayName("R9, R20: a removal under a legal hold keeps the copies waiting in unconfirmed referrals, and the "
            + "address is barred at once")
    void underAHoldTheWaitingCopiesStay() {
        unconfirmed("held-pending@example.com");
        var hashes = list.hashes(EmailAddress.of("held-pending@example.com"));
        removal.holds = holdingAll(true);
        removal.receive(null, EmailAddress.of("held-pending@example.com"), AT);
        removal.carryOutBatch(AT);
        assertEquals(1, referrals.pending(hashes).size(), "nothing erases a held address's data");
        assertEquals(EnumSet.of(Suppression.NO_INVITATIONS), list.kinds(hashes.get(0)));
        assertEquals("REFERRAL_REMOVAL_HELD", audited.fired.get(0).action());
    }
}
