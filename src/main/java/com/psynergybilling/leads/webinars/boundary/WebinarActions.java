package com.psynergybilling.leads.webinars.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.webinars.control.Registrants;
import com.psynergybilling.leads.webinars.control.Webinars;
import com.psynergybilling.leads.webinars.entity.NewWebinar;
import com.psynergybilling.leads.webinars.entity.Registrant;
import com.psynergybilling.leads.webinars.entity.Webinar;
import com.psynergybilling.leads.webinars.entity.WebinarView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What marketing does with webinars, one transaction each: the JSON API and the console both call these. */
@ApplicationScoped
public class WebinarActions {

    @Inject
    Clock clock;

    @Inject
    Webinars webinars;

    @Inject
    Registrants registrants;

    @Inject
    Forms forms;

    @Inject
    Event<Audited> audit;

    @Transactional
    public Webinar create(NewWebinar form, List<FieldError> bindingErrors, String caller) {
        Instant now = Moments.now(clock);
        var errors = new ArrayList<>(bindingErrors);
        if (form != null && errors.stream().noneMatch(e -> e.field().equals("startsAt"))) {
            form.normalize();
            errors.addAll(form.startsAtErrors(now));
        }
        NewWebinar valid = forms.validated(form, errors);
        var webinar = webinars.create(valid.title, valid.start(), caller, now);
        audit.fire(new Audited(caller, "WEBINAR_CREATED", null, "BUSINESS_OPERATIONS", "webinar " + webinar.id()));
        return webinar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebinarView> upcoming() {
        return webinars.upcoming(Moments.now(clock)).stream().map(WebinarView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebinarView one(String id) {
        return WebinarView.of(webinars.required(id));
    }

    /** The registrants the policy lets marketing see, each one an audited read (R26). */
    @Transactional
    public List<Registrant> registrants(String id, String caller) {
        return registrants.of(webinars.required(id), caller);
    }
}
