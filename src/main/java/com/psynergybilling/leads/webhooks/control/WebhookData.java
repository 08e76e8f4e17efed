package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.sales.entity.RequestType;
import com.psynergybilling.leads.webhooks.entity.DeliveryState;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Webhook deliveries as a holder of personal data. An access report (R18) lists each delivery that
 * carried the person's data as a disclosure to that endpoint (R15), by name, with the categories,
 * purpose and the time the endpoint acknowledged it; and each erasure or opt-out notice as a fact
 * saying which endpoint was told and when it acknowledged. Erasure (R20) withdraws what has not
 * gone yet and empties every row of whose it was, except the keyed hash on the erasure notice.
 */
@ApplicationScoped
public class WebhookData implements PersonalData {

    static final String HOLDER = "webhooks";
    static final String RECIPIENT = "SERVICE_PROVIDERS";

    @Inject
    Deliveries deliveries;

    @Inject
    PolicyBook policies;

    @Override
    public Holding describe() {
        var use = policies.current().use(Uses.CRM_SYNC).orElseThrow();
        var sources = new TreeSet<String>();
        Arrays.stream(RequestType.values()).forEach(t -> sources.add(t.form()));
        return Holding.of("Demo, pricing and product-information requests passed to our CRM (webhooks)", use, sources);
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (WebhookDelivery d : deliveries.of(subject)) {
            Instant at = d.acknowledgedAt() != null ? d.acknowledgedAt()
                    : d.lastAttemptAt() != null ? d.lastAttemptAt() : d.createdAt();
            if (at.isBefore(since)) {
                continue;
            }
            var recipient = new Piece.Recipient(d.endpoint().id(), d.endpoint().name(), RECIPIENT, Optional.empty());
            if (!d.disclosed().categories().isEmpty() && d.reachedOrMay()) {
                pieces.add(new Piece.Disclosed(HOLDER, recipient, d.disclosed(), at));
            } else if (Events.ABOUT_THE_PERSON.contains(d.event())) {
                var data = new LinkedHashMap<String, Object>();
                data.put("event", d.event());
                data.put("endpoint", d.endpoint().name());
                data.put("url", d.endpoint().url());
                data.put("state", d.state().name());
                data.put("acknowledgedAt", d.acknowledgedAt() == null ? null : d.acknowledgedAt().toString());
                data.put("told", d.state() == DeliveryState.DELIVERED);
                data.put("outcome", d.retries().outcome());
                pieces.add(Pieces.fact(HOLDER, "WEBHOOK_NOTICE", d.createdAt(), data));
            }
        }
        return pieces;
    }

    /**
     * What has not gone is withdrawn (the person's data must not leave after their erasure), and every
     * row forgets whose it was. The person.erased notices written moments ago by {@link CrmFeed} stay
     * queued with the ids they must carry: the endpoints' copies are what they ask to delete.
     */
    @Override
    public int erase(DataSubject subject, Instant now) {
        int touched = 0;
        for (WebhookDelivery d : deliveries.of(subject)) {
            if (Events.ERASED.equals(d.event()) && d.state() == DeliveryState.QUEUED) {
                continue;
            }
            d.cancel("DELETED");
            d.forget();
            touched++;
        }
        return touched;
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(WebhookDelivery.class);
    }
}
