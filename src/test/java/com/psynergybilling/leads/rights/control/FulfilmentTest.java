package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Correction;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.rights.entity.Erased;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a verified request's answer says happened, with the holders replaced by what they would report. */
class FulfilmentTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    final Fulfilment fulfilment = new Fulfilment();
    final List<String> barred = new ArrayList<>();
    Optional<Person> person = Optional.empty();
    int erasedRecords;
    People.Corrected corrected;

    FulfilmentTest() {
        fulfilment.audit = new RecordedEvents<>();
        fulfilment.registry = new Registry() {
            @Override
            public DataSubject subject(EmailAddress address) {
                return new DataSubject(address, "hash", person.map(Person::id));
            }

            @Override
            public Optional<Person> person(EmailAddress address) {
                return person;
            }
        };
        fulfilment.erasure = new Erasure() {
            @Override
            public Erased erase(DataSubject subject, PrivacyRequest request, String actor, Instant now) {
                return new Erased(Optional.empty(), erasedRecords);
            }
        };
        fulfilment.people = new People() {
            @Override
            public Corrected correct(Person held, Correction correction, Instant now) {
                return corrected;
            }

            @Override
            public void unsubscribe(Person held, String reason, Instant now) {
            }
        };
        fulfilment.doNotContact = new DoNotContactList() {
            @Override
            public void add(String addressHash, Set<Suppression> kinds, String reason, Instant now) {
                barred.add(addressHash + " " + kinds);
            }
        };
    }

    Fulfilment.Verdict carryOut(PrivacyRequestType type) {
        return fulfilment.carryOut(PrivacyRequestsTest.request(type, "hash", NOW), "privacy-requests", NOW);
    }

    @Test
    @DisplayName("R20: an erasure that touched no record says no data was held, not that it was deleted")
    void anErasureOfNothingSaysNothingWasHeld() {
        erasedRecords = 0;
        var none = carryOut(PrivacyRequestType.DELETE);
        assertEquals(new Fulfilment.Verdict(true, null, "We held no data about this address.", false), none);
        erasedRecords = 3;
        assertEquals(new Fulfilment.Verdict(true, null, "We deleted your data.", true), carryOut(PrivacyRequestType.DELETE));
    }

    @Test
    @DisplayName("R21: withdrawing consent from an address we hold nothing for says so, and still bars promotions")
    void withdrawingConsentNobodyGaveSaysSo() {
        var verdict = carryOut(PrivacyRequestType.WITHDRAW_CONSENT);
        assertFalse(verdict.acted(), verdict.toString());
        assertTrue(verdict.message().startsWith("We held no consent from this address"), verdict.message());
        assertFalse(verdict.message().contains("share your data"), verdict.message());
        assertEquals(List.of("hash [NO_PROMOTIONS]"), barred);
        person = Optional.of(new Person(EmailAddress.of("pat@example.com"), "hash", NOW));
        var held = carryOut(PrivacyRequestType.WITHDRAW_CONSENT);
        assertTrue(held.acted() && held.message().startsWith("We no longer share your data"), held.toString());
    }

    @Test
    @DisplayName("R19: a correction that changed nothing, or limiting data never collected, is no 'We have done so'")
    void nothingToDoIsNotDone() {
        assertEquals(new Fulfilment.Verdict(true, null, "We hold none of the data you asked us to correct.", false),
                fulfilment.carryOut(correction(), "privacy-requests", NOW));
        person = Optional.of(new Person(EmailAddress.of("pat@example.com"), "hash", NOW));
        corrected = new People.Corrected(2, 0);
        var unchanged = fulfilment.carryOut(correction(), "privacy-requests", NOW);
        assertFalse(unchanged.acted(), unchanged.toString());
        assertTrue(unchanged.message().contains("nothing needed changing"), unchanged.message());
        corrected = new People.Corrected(2, 1);
        assertTrue(fulfilment.carryOut(correction(), "privacy-requests", NOW).acted());
        var sensitive = carryOut(PrivacyRequestType.LIMIT_SENSITIVE);
        assertTrue(sensitive.fulfilled() && !sensitive.acted(), sensitive.toString());
    }

    @Test
    @DisplayName("R19, R20: an officer's words follow what was found when there was nothing to act on")
    void anOfficersWordsKeepWhatWasFound() {
        var nothing = new Fulfilment.Verdict(true, null, "We held no data about this address.", false);
        assertEquals("We held no data about this address. Checked by hand.",
                nothing.withOfficerWords("Checked by hand.").message());
        assertEquals("Done by hand.", new Fulfilment.Verdict(true, null, "We deleted your data.", true)
                .withOfficerWords("Done by hand.").message());
        var denied = new Fulfilment.Verdict(false, "LEGAL_HOLD", null, false);
        assertEquals(denied, denied.withOfficerWords("x"));
    }

    static PrivacyRequest correction() {
        var requester = new com.psynergybilling.leads.rights.entity.Requester(EmailAddress.of("pat@example.com"), "Pat",
                "CO", "{\"fullName\":\"Pat Corrected\"}", null, null, null, null);
        var collection = new com.psynergybilling.leads.policy.entity.Collection("PRIVACY_REQUEST",
                List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"), "2024-06-30", NOW);
        return new PrivacyRequest(PrivacyRequestType.CORRECT, "hash", requester, collection, NOW);
    }
}
