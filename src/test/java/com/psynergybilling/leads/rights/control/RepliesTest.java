package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.control.MailTemplates;
import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.TestPublicUrl;
import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the letters to a requester say, as {@link Replies} fills them and the kept templates render them. */
class RepliesTest {

    static final Instant RECEIVED = Instant.parse("2026-11-02T23:30:00Z");

    final List<Envelope> queued = new ArrayList<>();
    final MailTemplates templates = new MailTemplates();
    final Replies replies = new Replies();

    RepliesTest() {
        replies.policies = TestPolicies.bundled();
        replies.publicUrl = TestPublicUrl.of("https://leads.example");
        replies.outbox = new Outbox() {
            @Override
            public OutboxMessage queue(Permit permit, Envelope envelope) {
                queued.add(envelope);
                return null;
            }
        };
    }

    static PrivacyRequest request(PrivacyRequestType type, String agentName) {
        var requester = new Requester(EmailAddress.of("pat@example.com"), "Pat", "CO", null, agentName,
                agentName == null ? null : "agent@example.com", agentName == null ? null : "signed", null);
        var collection = new Collection("PRIVACY_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"),
                "2024-06-30", RECEIVED);
        return new PrivacyRequest(type, "hash", requester, collection, RECEIVED);
    }

    private String[] bodies(Envelope envelope) {
        var mail = templates.render(envelope.template(), envelope.model());
        return new String[]{mail.text().replaceAll("\\s+", " "), mail.html().replaceAll("\\s+", " ")};
    }

    @Test
    @DisplayName("R23: a letter names the receipt and the extended due moment to the minute, in UTC, as it does the link's expiry")
    void momentsAreWrittenToTheMinute() {
        var request = request(PrivacyRequestType.ACCESS, null);
        request.clocks().extend("many records", RECEIVED.plusSeconds(60));
        replies.extension(request, "many records");
        String due = com.psynergybilling.leads.platform.entity.Moments.MINUTE.format(request.clocks().dueAt());
        assertTrue(due.endsWith("23:30 UTC"), due);
        for (String body : bodies(queued.get(0))) {
            assertTrue(body.contains("received 2 November 2026, 23:30 UTC"), body);
            assertTrue(body.contains("we will answer by " + due + "."), body);
        }
    }

    @Test
    @DisplayName("R17, R22: the verification letter of an agent's request names the agent; the person's own does not")
    void theVerificationLetterNamesTheAgent() {
        replies.verification(request(PrivacyRequestType.DELETE, "Ann <b>O'Neil</b>"), "tok", RECEIVED.plusSeconds(86400));
        replies.verification(request(PrivacyRequestType.DELETE, null), "tok", RECEIVED.plusSeconds(86400));
        var byAgent = bodies(queued.get(0));
        assertTrue(byAgent[0].contains("Ann <b>O'Neil</b> asked, on your behalf, to delete your data; confirm only "
                + "if you authorised them."), byAgent[0]);
        assertTrue(byAgent[1].contains("Ann &lt;b&gt;O&#39;Neil&lt;/b&gt; asked, on your behalf, to delete your data; "
                + "confirm only if you authorised them."), byAgent[1]);
        for (String body : byAgent) {
            assertTrue(body.contains("until 3 November 2026, 23:30 UTC"), body);
        }
        for (String body : bodies(queued.get(1))) {
            assertFalse(body.contains("on your behalf"), body);
        }
        assertEquals("", queued.get(1).model().get("agentName"));
    }

    @Test
    @DisplayName("R19, R20: a request fulfilled with nothing to act on is answered with what was found, not 'We have done so'")
    void nothingToActOnIsNotDone() {
        var correction = request(PrivacyRequestType.CORRECT, null);
        correction.verified(com.psynergybilling.leads.rights.entity.PrivacyRequestStatus.AWAITING_DECISION, RECEIVED);
        correction.decide(true, null, "We hold none of the data you asked us to correct.", "privacy-requests", RECEIVED);
        replies.decision(correction, EmailAddress.of("pat@example.com"), "Pat", null, false);
        var deletion = request(PrivacyRequestType.DELETE, null);
        deletion.verified(com.psynergybilling.leads.rights.entity.PrivacyRequestStatus.AWAITING_DECISION, RECEIVED);
        deletion.decide(true, null, "We deleted your data.", "privacy-requests", RECEIVED);
        replies.decision(deletion, EmailAddress.of("pat@example.com"), "Pat", null, true);
        for (String body : bodies(queued.get(0))) {
            assertFalse(body.contains("We have done so") || body.contains("We cannot do so"), body);
            assertTrue(body.contains("We hold none of the data you asked us to correct."), body);
        }
        for (String body : bodies(queued.get(1))) {
            assertTrue(body.contains("We have done so.") && body.contains("We deleted your data."), body);
        }
    }
}
