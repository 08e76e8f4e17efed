package com.psynergybilling.leads.webinars.control;

import com.psynergybilling.leads.people.control.PersonRows;
import com.psynergybilling.leads.people.control.PersonRowsData;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/**
 * A person's webinar registrations in the registry of personal data. What they gave is in their
 * submission (people); the registration says which webinar, and goes on erasure.
 */
@ApplicationScoped
public class WebinarData extends PersonRowsData<WebinarRegistration> {

    static final String HOLDER = "webinars";

    public WebinarData() {
        super(new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("WEBINAR_SIGNUP"),
                        Set.of("PROVIDING_THE_SERVICE"), Set.of("SERVICE_PROVIDERS")),
                "WEBINAR_REGISTRATION", new PersonRows<>(WebinarRegistration.class,
                        "select r from WebinarRegistration r where r.person.id = :person"),
                WebinarRegistration::registeredAt);
    }

    @Override
    protected Map<String, ?> data(WebinarRegistration registration) {
        return Map.of("webinar", registration.webinar().title(),
                "startsAt", registration.webinar().startsAt().toString());
    }
}
