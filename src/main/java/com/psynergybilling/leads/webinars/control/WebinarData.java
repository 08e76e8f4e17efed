package com.psynergybilling.leads.webinars.control;

import com.psynergybilling.leads.people.control.PersonRows;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's webinar registrations in the registry of personal data. What they gave is in their
 * submission (people); the registration says which webinar, and goes on erasure.
 */
@ApplicationScoped
public class WebinarData implements PersonalData {

    static final String HOLDER = "webinars";
    static final PersonRows<WebinarRegistration> REGISTRATIONS = new PersonRows<>(WebinarRegistration.class,
            "select r from WebinarRegistration r where r.person.id = :person");

    @PersistenceContext
    EntityManager em;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("WEBINAR_SIGNUP"),
                Set.of("PROVIDING_THE_SERVICE"), Set.of("SERVICE_PROVIDERS"));
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (WebinarRegistration registration : REGISTRATIONS.of(em, subject)) {
            pieces.add(Pieces.fact(HOLDER, "WEBINAR_REGISTRATION", registration.registeredAt(),
                    Map.of("webinar", registration.webinar().title(),
                            "startsAt", registration.webinar().startsAt().toString())));
        }
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        return REGISTRATIONS.remove(em, subject);
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(REGISTRATIONS.type());
    }
}
