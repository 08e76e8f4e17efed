package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.mail.control.TestMail;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.entity.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's proof, the test message marketing sends itself: to a staff address only (the sender's own domain) and past the guards of
 * every message ({@link TestMail}), so the test path can never reach the public around the audience
 * rules; sample values fill the placeholders and the unsubscribe link unsubscribes nobody.
 */
@ApplicationScoped
public class CampaignProofs {

    static final Map<String, String> SAMPLE = Map.of("fullName", "Test Recipient", "organization", "Example Clinic");

    @Inject
    TestMail testMail;

    @Inject
    UnsubscribeLinks links;

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
        return testMail.queue("campaign-test:", to, CampaignMail.template(campaign.id()), sampleModel(), staff,
                "campaign " + campaign.id());
    }
}
