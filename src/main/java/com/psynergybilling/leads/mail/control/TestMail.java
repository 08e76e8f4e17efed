package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A test message to a staff address is judged as a webinar sign-up's confirmation is: an address
 * given to receive one message its owner asked for, used for nothing else.
 */
@ApplicationScoped
public class TestMail {

    @Inject
    PolicyBook policies;

    public Permit permit(Instant now) {
        var collection = policies.current().collect("WEBINAR_SIGNUP", List.of("email"), false, now);
        if (!(policies.judge(Uses.WEBINAR_CONFIRMATION, collection) instanceof Permit permit)) {
            throw new IllegalStateException("The policy in force does not allow a confirmation email");
        }
        return permit;
    }
}
