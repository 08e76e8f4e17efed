package com.psynergybilling.leads.marketing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.marketing.boundary.Unsubscriptions.Outcome;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.platform.control.SignedIds;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an unsubscribe link does, on the real schema. */
class UnsubscriptionsTest {

    static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    static final Secret SECRET = TestSecrets.of("unsubscribe-key");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    @DisplayName("R12, R20: a link unsubscribes its person; a link whose person was erased since says so instead of "
            + "claiming an unsubscribe it could not make; a forged link is refused")
    void aLinkToAnErasedPersonDoesNotClaimAnUnsubscribe() {
        String live = with(w -> person(w, "live@example.com", false));
        String erased = with(w -> person(w, "gone@example.com", true));

        assertEquals(Outcome.UNSUBSCRIBED, with(w -> w.bean(Unsubscriptions.class).unsubscribe(token(w, live))));
        assertEquals(Boolean.TRUE, with(w -> w.em().find(Person.class, live).unsubscribed()));
        assertEquals(Outcome.ERASED, with(w -> w.bean(Unsubscriptions.class).unsubscribe(token(w, erased))));
        assertEquals(Boolean.FALSE, with(w -> w.em().find(Person.class, erased).unsubscribed()),
                "nothing is recorded of nobody");
        assertEquals(Outcome.INVALID, with(w -> w.bean(Unsubscriptions.class).unsubscribe("forged.token")));
    }

    private static String person(Wiring w, String email, boolean erase) {
        var person = new Person(EmailAddress.of(email), SECRET.keyedHash(email), AT);
        w.em().persist(person);
        if (erase) {
            person.erase(false, AT);
        }
        return person.id();
    }

    private static String token(Wiring w, String personId) {
        return w.bean(SignedIds.class).token("unsubscribe", personId);
    }

    private <T> T with(Function<Wiring, T> work) {
        return db.inTransactionOf(em -> work.apply(new Wiring(em).with(Secret.class, SECRET)));
    }
}
