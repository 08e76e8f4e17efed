package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Test messages (the mail path's, a campaign's) go only to an address at the sender's own domain, and
 * only where any other message could go: not to an address on the do-not-contact list, nor to an
 * erased person's or a minor's. They are judged under the policy's own use for them,
 * {@code STAFF_TEST_MESSAGE}: staff power borrows no other use's permit.
 */
@ApplicationScoped
public class TestMail {

    public static final String FORM = "STAFF_ADDRESS";

    @Inject
    PolicyBook policies;

    @Inject
    Smtp smtp;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Secret secret;

    @Inject
    Event<Audited> audit;

    /** What is wrong with {@code to} as a test address: a well-formed one outside the sender's domain. */
    public List<FieldError> errors(String to) {
        if (to != null && EmailAddress.isValid(to) && !EmailAddress.of(to).value().endsWith("@" + ownDomain())) {
            return List.of(new FieldError("to", "must be a staff address (@" + ownDomain() + ")"));
        }
        return List.of();
    }

    /** The permit for one test message to {@code to}, or a 422 naming the rule that keeps mail from it. */
    private Permit permit(EmailAddress to, Instant now) {
        if (!errors(to.value()).isEmpty()) {
            throw ProblemException.badRequest("A test message goes only to an address @" + ownDomain() + ".");
        }
        refusal(to).ifPresent(reason -> {
            throw new ProblemException(new Problem("test-address-refused", "Test address refused", 422,
                    "No message may go to this address: " + reason + "."));
        });
        return policies.permitToMail(Uses.STAFF_TEST_MESSAGE, FORM, now);
    }

    /**
     * Queues one test message of {@code template} to {@code to} (refused as {@link #permit} refuses),
     * its key made unique after {@code keyPrefix}, and audits it as {@code staff}'s; {@code about}
     * names what it tests for the audit entry (null for the mail path itself).
     */
    public OutboxMessage queue(String keyPrefix, EmailAddress to, String template, Map<String, String> model,
                               String staff, String about) {
        Permit permit = permit(to, Moments.now(clock));
        var message = outbox.queue(permit, new Envelope(keyPrefix + UUID.randomUUID(), to, template, model, null));
        audit.fire(new Audited(staff, "MAIL_TEST_QUEUED", secret.keyedHash(to.value()), permit.purpose(),
                (about == null ? "" : about + ", ") + "outbox " + message.id()));
        return message;
    }

    private Optional<String> refusal(EmailAddress to) {
        var hashes = doNotContact.hashes(to);
        if (doNotContact.containsAny(hashes, Suppression.barringPromotionsOrReported())) {
            return Optional.of("DO_NOT_CONTACT (the address is on the do-not-contact list)");
        }
        List<Person> known = people.byHashes(hashes);
        if (known.stream().anyMatch(Person::minor)) {
            return Optional.of("MINOR (the address belongs to a person under 18)");
        }
        if (known.stream().anyMatch(Person::erased)) {
            return Optional.of("DELETED (the address's person was erased)");
        }
        return Optional.empty();
    }

    private String ownDomain() {
        String from = smtp.from().getAddress();
        return from.substring(from.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
