package com.psynergybilling.leads.sales.control;

import com.psynergybilling.leads.people.control.PersonRows;
import com.psynergybilling.leads.people.control.PersonRowsData;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How sales worked a person's requests, in the registry of personal data. On erasure the requests
 * go from the sales view altogether: a request whose person is gone is nothing sales can work.
 */
@ApplicationScoped
public class SalesData extends PersonRowsData<DemoRequest> {

    static final String HOLDER = "sales";

    public SalesData() {
        super(new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS", "COMMERCIAL_INFORMATION", "USER_CONTENT"),
                        Set.of("DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST"),
                        Set.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS"), Set.of("SERVICE_PROVIDERS")),
                "DEMO_REQUEST", new PersonRows<>(DemoRequest.class,
                        "select d from DemoRequest d where d.submission.person.id = :person"), DemoRequest::receivedAt);
    }

    @Override
    protected Map<String, ?> data(DemoRequest request) {
        var data = new LinkedHashMap<String, Object>();
        data.put("requestType", request.requestType().name());
        data.put("status", request.status().name());
        data.put("note", request.note());
        return data;
    }
}
