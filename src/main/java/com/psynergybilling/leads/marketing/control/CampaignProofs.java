package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.control.TestMail;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.entity.Permit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign's proof, the test message marketing sends itself: to a staff address only (the sender's own domain) and past the guards of
 * every message ({@link TestMail}), so the test path can never reach the public around the audience
 * rules; sample values fill the placeholders and the unsubscribe link unsubscribes nobody.
 */
@ApplicationScoped
public class CampaignProofs {

    static final Map<String, String> SAMPLE = Map.of("fullName", "Test Recipient", "organization", "Example Clinic");

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    TestMail testMail;

    @Inject
    UnsubscribeLinks links;

    @Inject
    Secret secret;

    @Inject
    Event<Audited> audit;

    /** What is wrong with {@code to} as a test address (a well-formed one that is not a staff address). */
    public List<FieldError> errors(String to) {
        return testMail.errors(to);
    }

    /** The values a test message (and the console's preview) fills the placeholders with. */
    public Map<String, String> sampleModel() {
        var model = new HashMap<>(SAMPLE);
        model.put("unsubscribeUrl", links.testLink());
        return model;
    }

    public OutboxMessage queue(Campaign campaign, EmailAddress to, String staff) {
        Permit permit = testMail.permit(to, Moments.now(clock));
        var model = sampleModel();
        var message = outbox.queue(permit, new Envelope("campaign-test:" + UUID.randomUUID(), to,
                CampaignMail.template(campaign.id()), model, null));
        audit.fire(new Audited(staff, "MAIL_TEST_QUEUED", secret.keyedHash(to.value()), permit.purpose(),
                "campaign " + campaign.id() + ", outbox " + message.id()));
        return message;
    }
}
