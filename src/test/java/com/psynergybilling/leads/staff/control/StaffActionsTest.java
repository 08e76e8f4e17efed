package com.psynergybilling.leads.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.staff.entity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an administrator does to staff accounts, on the migrated schema. */
class StaffActionsTest {

    static final String PASSWORD = "a-long-enough-password";
    /** Hashing is not what these tests are about, and PBKDF2 with 210,000 rounds is slow by design. */
    static final Passwords PLAIN = new Passwords() {
        @Override
        public String hash(String password) {
            return "plain:" + password;
        }
    };

    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    /** Runs {@code work} with the actions in one committed transaction; the audit entries it fired go to {@code fired}. */
    @SuppressWarnings("unchecked")
    private <T> T act(List<Audited> fired, Function<StaffActions, T> work) {
        return db.inTransactionOf(em -> {
            var actions = new Wiring(em).with(Secret.class, TestSecrets.of("staff-test"))
                    .with(Passwords.class, PLAIN).bean(StaffActions.class);
            try {
                return work.apply(actions);
            } finally {
                fired.addAll(((RecordedEvents<Audited>) actions.audit).fired);
            }
        });
    }

    @Test
    @DisplayName("R26: creating a user, setting their password, disabling and enabling them and revoking their token "
            + "are each audited under the administrator who did it")
    void everyChangeIsAuditedUnderItsAdmin() {
        var fired = new java.util.ArrayList<Audited>();
        act(fired, a -> a.create("boss", PASSWORD, EnumSet.of(Role.admin), null, "bootstrap"));
        act(fired, a -> a.create("sam", PASSWORD, EnumSet.of(Role.sales), "sam@example.com", "boss"));
        var token = act(fired, a -> a.issue("sam", "CRM", "boss"));
        act(fired, a -> a.resetPassword("sam", PASSWORD + "-2", "boss"));
        act(fired, a -> a.setDisabled("sam", true, "boss"));
        act(fired, a -> a.setDisabled("sam", false, "boss"));
        act(fired, a -> {
            a.revoke("sam", token.id(), "boss");
            return null;
        });
        assertEquals(List.of("bootstrap STAFF_USER_CREATED", "boss STAFF_USER_CREATED", "boss STAFF_TOKEN_ISSUED",
                "boss STAFF_PASSWORD_SET", "boss STAFF_USER_DISABLED", "boss STAFF_USER_ENABLED", "boss STAFF_TOKEN_REVOKED"),
                fired.stream().map(e -> e.actor() + " " + e.action()).toList());
        assertTrue(fired.stream().skip(1).allMatch(e -> e.detail().contains("sam")), fired.toString());
    }

    @Test
    @DisplayName("R25: the last enabled administrator cannot be disabled, by themselves or another; with a second one "
            + "they can")
    void theLastEnabledAdminStays() {
        var fired = new java.util.ArrayList<Audited>();
        act(fired, a -> a.create("boss", PASSWORD, EnumSet.of(Role.admin), null, "bootstrap"));
        act(fired, a -> a.create("sam", PASSWORD, EnumSet.of(Role.sales, Role.admin), null, "boss"));
        act(fired, a -> a.setDisabled("sam", true, "boss"));
        var refused = assertThrows(ProblemException.class, () -> act(fired, a -> a.setDisabled("boss", true, "boss")));
        assertEquals(409, refused.problem().status);
        act(fired, a -> a.setDisabled("sam", false, "boss"));
        act(fired, a -> a.setDisabled("boss", true, "sam"));
        boolean disabled = act(fired, a -> a.directory.required("boss").disabled());
        assertTrue(disabled, "with another admin enabled, the first may go");
    }
}
