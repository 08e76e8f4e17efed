package com.psynergybilling.leads.marketing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.mail.entity.MailQueued;
import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.marketing.entity.CampaignStarted;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.control.TestContactStates;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A campaign's sending on the migrated schema: how its recipients are queued and who is told. */
class CampaignsTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final PolicyBook POLICIES = TestPolicies.bundled();

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    @DisplayName("R11: the first batch is one sender's claim, so sending starts while the rest is queued; each batch "
            + "that queued mail, and the send itself, tell this node's jobs to go on at once")
    void theFirstBatchIsSmallAndEachStepWakesTheNextJob() {
        for (int i = 0; i < Campaigns.FIRST_BATCH + 30; i++) {
            lead("lead" + i + "@example.com");
        }
        TestContactStates.refreshAll(db, POLICIES);
        String id = db.inTransactionOf(em -> {
            var campaign = new Campaign("News", "News", "Hello {{fullName}}", null,
                    new Audience(List.of("DEMO_REQUEST"), List.of(), null), "marketer", AT);
            em.persist(campaign);
            return campaign.id();
        });

        inCampaigns(campaigns -> {
            campaigns.send(id, "marketer", AT);
            assertEquals(List.of(new CampaignStarted(id)), started(campaigns).fired, "the send tells the campaign job");
        });
        inCampaigns(campaigns -> {
            assertEquals(Campaigns.FIRST_BATCH, campaigns.queueBatch(campaigns.locked(id), 500));
            assertEquals(1, queued(campaigns).fired.size(), "a batch that queued mail tells the senders");
        });
        inCampaigns(campaigns -> assertEquals(30, campaigns.queueBatch(campaigns.locked(id), 500),
                "then batches of the size asked for"));
        inCampaigns(campaigns -> {
            assertEquals(0, campaigns.queueBatch(campaigns.locked(id), 500));
            assertTrue(queued(campaigns).fired.isEmpty(), "a batch that queued nothing wakes nobody");
        });
    }

    private void inCampaigns(Consumer<Campaigns> work) {
        db.inTransaction(em -> {
            var wiring = new Wiring(em).with(Secret.class, TestSecrets.of("campaigns-test"))
                    .with(ContactStates.class, TestContactStates.on(em, POLICIES));
            work.accept(wiring.bean(Campaigns.class));
        });
    }

    @SuppressWarnings("unchecked")
    private static RecordedEvents<CampaignStarted> started(Campaigns campaigns) {
        return (RecordedEvents<CampaignStarted>) campaigns.started;
    }

    @SuppressWarnings("unchecked")
    private static RecordedEvents<MailQueued> queued(Campaigns campaigns) {
        return (RecordedEvents<MailQueued>) campaigns.queued;
    }

    private void lead(String email) {
        var person = new Person(EmailAddress.of(email), "hash-" + email, AT);
        var data = new SubmittedData(person.email(), "Name", null, "Org", null, null, null, null, null, null,
                null, null);
        var submission = new Submission(person, data, false,
                POLICIES.current().collect("DEMO_REQUEST", List.of("email", "fullName"), false, AT));
        db.inTransaction(em -> {
            em.persist(person);
            em.persist(submission);
        });
    }
}
