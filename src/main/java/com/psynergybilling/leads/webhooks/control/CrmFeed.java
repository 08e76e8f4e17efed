package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.people.entity.Erasing;
import com.psynergybilling.leads.people.entity.OptedOut;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmissionReceived;
import com.psynergybilling.leads.people.entity.SubmissionsImported;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import com.psynergybilling.leads.sales.entity.DemoRequestUpdated;
import com.psynergybilling.leads.sales.entity.RequestType;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes deliveries to the webhook outbox in the transaction of the change that causes them, so a
 * delivery exists exactly when its change committed. A demo request goes out only with the policy's
 * permit for {@code CRM_SYNC} on that record (R3), carrying only the fields the permit covers.
 * Erasures and opt-outs go to every endpoint that received the person (R20, R21), listed or not; one
 * meant for a disabled endpoint (it answered 410 Gone) is written settled, "not told: endpoint disabled".
 */
@ApplicationScoped
public class CrmFeed {

    @Inject
    PolicyBook policies;

    @Inject
    Endpoints endpoints;

    @Inject
    Deliveries deliveries;

    void received(@Observes SubmissionReceived event) {
        Submission submission = event.submission();
        if (RequestType.ofForm(submission.collection().sourceForm()).isEmpty()) {
            return;
        }
        var listening = listening();
        if (!listening.isEmpty()) {
            var person = submission.person();
            queueReceived(new SubmissionsImported.Row(submission.id(), person.id(), person.addressHash(),
                    person.saleSharingOptOut(), submission.fields(), submission.collection()), null, listening,
                    submission.collection().collectedAt());
        }
    }

    /**
     * An import's chunk: each stored demo request goes out as one from the form does, under the same
     * per-record permit, in the chunk's transaction; its time is the import's, and the payload says
     * it was imported. Nothing but one query when no endpoint listens.
     */
    void imported(@Observes SubmissionsImported event) {
        if (event.rows().isEmpty()) {
            return;
        }
        var listening = listening();
        if (listening.isEmpty()) {
            return;
        }
        for (SubmissionsImported.Row row : event.rows()) {
            queueReceived(row, event, listening, event.at());
        }
    }

    private List<WebhookEndpoint> listening() {
        return endpoints.receiving(Events.RECEIVED);
    }

    private void queueReceived(SubmissionsImported.Row submission, SubmissionsImported imported,
                               List<WebhookEndpoint> listening, Instant now) {
        var collection = submission.collection();
        var type = RequestType.ofForm(collection.sourceForm());
        if (type.isEmpty() || !(policies.judge(Uses.CRM_SYNC, collection) instanceof Permit permit)) {
            return;
        }
        var data = Payloads.object().add("id", submission.submissionId()).add("requestType", type.get().name())
                .add("personId", submission.personId())
                .add("receivedAt", collection.collectedAt().toString())
                .add("saleAndSharingOptOut", submission.saleSharingOptOut())
                .add("fields", Payloads.permitted(submission.fields(), policies.fieldsCovered(permit, collection)))
                .add("collection", Payloads.object().add("sourceForm", collection.sourceForm())
                        .add("policyVersion", collection.policyVersion())
                        .add("purpose", permit.purpose())
                        .add("categories", Payloads.array(new TreeSet<>(permit.categories()))));
        if (imported != null) {
            data.add("imported", Payloads.object().add("importId", imported.importId())
                    .add("importedAt", imported.at().toString()));
        }
        String body = Payloads.envelope(Events.RECEIVED, now, data.build());
        var about = new WebhookDelivery.About(submission.personId(), submission.addressHash(),
                submission.submissionId(), List.copyOf(new TreeSet<>(permit.categories())), permit.purpose(),
                permit.policyVersion(), null);
        listening.forEach(endpoint -> deliveries.queue(new WebhookDelivery(endpoint, Events.RECEIVED, body, about, now)));
    }

    /** A change of status goes to the listening endpoints that hold the request, under the same permit. */
    void updated(@Observes DemoRequestUpdated event) {
        DemoRequest request = event.request();
        var collection = request.submission().collection();
        if (!(policies.judge(Uses.CRM_SYNC, collection) instanceof Permit)) {
            return;
        }
        var holding = deliveries.receivedRecord(request.id()).stream()
                .filter(e -> e.receives() && e.listens(Events.UPDATED)).toList();
        if (holding.isEmpty()) {
            return;
        }
        Instant now = request.updatedAt();
        var person = request.submission().person();
        String body = Payloads.envelope(Events.UPDATED, now, Payloads.object().add("id", request.id())
                .add("personId", person.id()).add("status", request.status().name())
                .add("updatedAt", now.toString()).build());
        var about = new WebhookDelivery.About(person.id(), person.addressHash(), request.id(), null, null, null, null);
        holding.forEach(endpoint -> deliveries.queue(new WebhookDelivery(endpoint, Events.UPDATED, body, about, now)));
    }

    void optedOut(@Observes OptedOut event) {
        var person = event.person();
        // Queued ones too: they carry the state the person was in then (the notice goes after them).
        var told = receivedBy(deliveries.receivedOrQueued(person.id(), person.addressHash() == null ? List.of()
                : List.of(person.addressHash())));
        told.forEach((endpoint, records) -> {
            String body = Payloads.envelope(Events.OPTED_OUT, event.at(), Payloads.object()
                    .add("personId", person.id()).add("optOut", event.kind())
                    .add("demoRequestIds", Payloads.array(records)).build());
            deliveries.queue(new WebhookDelivery(endpoint, Events.OPTED_OUT, body, new WebhookDelivery.About(
                    person.id(), person.addressHash(), null, null, null, null, event.reason()), event.at()));
        });
    }

    /**
     * Runs before the holders forget the person: every endpoint that received them is told, by the
     * ids it knows them by. The notice keeps the keyed hash and the erasure's cause: the record that
     * the endpoint was told, and when it acknowledged.
     */
    void erasing(@Observes Erasing event) {
        var subject = event.subject();
        var told = receivedBy(deliveries.received(subject.personId().orElse(null), subject.addressHashes()));
        told.forEach((endpoint, records) -> {
            var data = Payloads.object();
            subject.personId().ifPresent(id -> data.add("personId", id));
            String body = Payloads.envelope(Events.ERASED, event.at(), data.add("demoRequestIds", Payloads.array(records))
                    .build());
            deliveries.queue(new WebhookDelivery(endpoint, Events.ERASED, body, new WebhookDelivery.About(
                    subject.personId().orElse(null), subject.addressHash(), null, null, null, null, event.cause()),
                    event.at()));
        });
    }

    /** The endpoints of {@code received} deliveries, each with the request ids it got, in order. */
    static Map<WebhookEndpoint, List<String>> receivedBy(List<WebhookDelivery> received) {
        var byEndpoint = new LinkedHashMap<String, WebhookEndpoint>();
        var records = new LinkedHashMap<String, List<String>>();
        for (WebhookDelivery d : received) {
            byEndpoint.putIfAbsent(d.endpoint().id(), d.endpoint());
            var ids = records.computeIfAbsent(d.endpoint().id(), id -> new ArrayList<>());
            if (d.recordId() != null && !ids.contains(d.recordId())) {
                ids.add(d.recordId());
            }
        }
        var result = new LinkedHashMap<WebhookEndpoint, List<String>>();
        byEndpoint.forEach((id, endpoint) -> result.put(endpoint, records.get(id)));
        return result;
    }
}
