package com.psynergybilling.leads.webinars.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.SubmissionReads;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.webinars.entity.Registrant;
import com.psynergybilling.leads.webinars.entity.Webinar;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * What marketing may see of a webinar's registrants: running the webinar is Providing the Service,
 * the purpose of the confirmation use, so a registrant is shown only under that use's permit and
 * only with the fields its categories cover. Each registrant shown is a read of personal data,
 * audited (R26) in the caller's transaction.
 */
@ApplicationScoped
public class Registrants {

    static final String ACTION = "READ_WEBINAR_REGISTRANT";

    @Inject
    Registrations registrations;

    @Inject
    SubmissionReads reads;

    @Inject
    Event<Audited> audit;

    public List<Registrant> of(Webinar webinar, String actor) {
        return registrations.of(webinar).stream().flatMap(r -> view(r, actor).stream()).toList();
    }

    private Optional<Registrant> view(WebinarRegistration registration, String actor) {
        var submission = registration.submission();
        // A registration kept only for a legal obligation (a hold, a reported minor's) is never shown (R4, R20).
        if (!(reads.judge(Uses.WEBINAR_CONFIRMATION, submission) instanceof Permit permit)) {
            return Optional.empty();
        }
        audit.fire(new Audited(actor, ACTION, reads.whose(submission), permit.purpose(),
                "webinar-registration " + registration.id()));
        return Optional.of(Registrant.of(registration, reads.fieldsCovered(permit, submission)));
    }
}
