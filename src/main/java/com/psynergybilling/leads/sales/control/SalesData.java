package com.psynergybilling.leads.sales.control;

import com.psynergybilling.leads.people.control.PersonRows;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * How sales worked a person's requests, in the registry of personal data. On erasure the requests
 * go from the sales view altogether: a request whose person is gone is nothing sales can work.
 */
@ApplicationScoped
public class SalesData implements PersonalData {

    static final String HOLDER = "sales";
    static final PersonRows<DemoRequest> REQUESTS = new PersonRows<>(DemoRequest.class,
            "select d from DemoRequest d where d.submission.person.id = :person");

    @PersistenceContext
    EntityManager em;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS", "COMMERCIAL_INFORMATION", "USER_CONTENT"),
                Set.of("DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST"),
                Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS"), Set.of("SERVICE_PROVIDERS"));
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (DemoRequest request : REQUESTS.of(em, subject)) {
            var data = new LinkedHashMap<String, Object>();
            data.put("requestType", request.requestType().name());
            data.put("status", request.status().name());
            data.put("note", request.note());
            pieces.add(Pieces.fact(HOLDER, "DEMO_REQUEST", request.receivedAt(), data));
        }
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        return REQUESTS.remove(em, subject);
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(REQUESTS.type());
    }
}
