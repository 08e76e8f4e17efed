package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Privacy requests and legal holds in the registry of personal data: what a requester gave with each
 * request. On erasure it goes with the keyed hash; the record of each request (type, dates, outcome)
 * stays, as the law asks us to keep a record of the requests we answered (24 months under the CCPA
 * regulations), and says nothing of who asked. Released holds forget their hash and reference; a hold
 * in force stops the erasure before it reaches here.
 */
@ApplicationScoped
public class RightsData implements PersonalData {

    static final String HOLDER = "rights";

    @Inject
    PrivacyRequests requests;

    @Inject
    LegalHolds holds;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION", "USER_CONTENT"),
                Set.of("PRIVACY_REQUEST"), Set.of("REQUIRED_BY_LAW", "SECURITY"), Set.of("SERVICE_PROVIDERS"));
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (PrivacyRequest request : requests.of(subject.addressHashes())) {
            if (request.requester().email() != null) {
                var data = new LinkedHashMap<String, Object>();
                data.put("type", request.type().name());
                data.put("status", request.status().name());
                data.put("email", request.requester().email());
                data.put("fullName", request.requester().fullName());
                data.put("stateOfResidence", request.requester().stateOfResidence());
                data.put("corrections", request.requester().corrections());
                data.put("agentName", request.requester().agentName());
                data.put("agentEmail", request.requester().agentEmail());
                pieces.add(Pieces.collected(HOLDER, "PRIVACY_REQUEST", request.collection(), data));
            }
        }
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        int forgotten = 0;
        for (PrivacyRequest request : requests.of(subject.addressHashes())) {
            request.forgetRequester(now);
            forgotten++;
        }
        return forgotten + holds.forget(subject.addressHashes());
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(PrivacyRequest.class, LegalHold.class);
    }
}
