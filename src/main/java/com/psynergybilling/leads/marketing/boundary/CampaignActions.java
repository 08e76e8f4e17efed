package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.platform.control.NewestFirst;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.MailTemplates;
import com.psynergybilling.leads.mail.control.OutboxStore;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.mail.entity.RenderedMail;
import com.psynergybilling.leads.marketing.control.Audiences;
import com.psynergybilling.leads.marketing.control.CampaignChecks;
import com.psynergybilling.leads.marketing.control.CampaignMail;
import com.psynergybilling.leads.marketing.control.CampaignProofs;
import com.psynergybilling.leads.marketing.control.Campaigns;
import com.psynergybilling.leads.marketing.entity.AudienceCounts;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.marketing.entity.CampaignForm;
import com.psynergybilling.leads.marketing.entity.CampaignPage;
import com.psynergybilling.leads.marketing.entity.CampaignView;
import com.psynergybilling.leads.marketing.entity.MailTally;
import com.psynergybilling.leads.marketing.entity.SendForm;
import com.psynergybilling.leads.marketing.entity.TestSendForm;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What marketing does with campaigns, one transaction each: the JSON API and the console both call these. */
@ApplicationScoped
public class CampaignActions {

    @Inject
    Clock clock;

    @Inject
    Campaigns campaigns;
    @Inject
    Audiences audiences;
    @Inject
    OutboxStore outboxStore;
    @Inject
    PolicyBook policies;
    @Inject
    Forms forms;
    @Inject
    CampaignProofs proofs;
    @Inject
    MailTemplates templates;
    @Inject
    Event<Audited> audit;

    @Transactional
    public CampaignView create(CampaignForm form, List<FieldError> bindingErrors, String caller) {
        var errors = new ArrayList<>(bindingErrors);
        if (form != null) {
            form.normalize();
            errors.addAll(CampaignChecks.errors(form, policies.current()));
        }
        CampaignForm valid = forms.validated(form, errors);
        var campaign = new Campaign(valid.name, valid.subject, valid.textBody, valid.htmlBody,
                CampaignChecks.audience(valid), caller, Moments.now(clock));
        campaigns.add(campaign);
        audit.fire(new Audited(caller, "CAMPAIGN_CREATED", null, "BUSINESS_OPERATIONS", "campaign " + campaign.id()));
        return view(campaign);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignView one(String id) {
        return view(campaigns.required(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignPage page(String cursor, int limit) {
        var found = campaigns.page(cursor, limit + 1);
        var items = found.stream().limit(limit).map(this::view).toList();
        return new CampaignPage(items, NewestFirst.next(found, limit, Campaign::createdAt, Campaign::id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AudienceCounts audience(String id) {
        return audiences.count(campaigns.required(id).audience());
    }

    /** The campaign's letter as the real template renders it, with the sample values of a test message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenderedMail preview(String id) {
        return templates.render(CampaignMail.template(campaigns.required(id).id()), proofs.sampleModel());
    }

    @Transactional
    public OutboxMessage test(String id, TestSendForm form, List<FieldError> bindingErrors, String caller) {
        Campaign campaign = campaigns.required(id);
        var errors = new ArrayList<>(bindingErrors);
        if (form != null) {
            errors.addAll(proofs.errors(form.to));
        }
        var to = EmailAddress.of(forms.validated(form, errors).to);
        return proofs.queue(campaign, to, caller);
    }

    @Transactional
    public CampaignView send(String id, String caller) {
        return view(campaigns.send(id, caller, Moments.now(clock)));
    }

    /** Sends at once, or (with a start time to come) schedules the campaign to start by itself then. */
    @Transactional
    public CampaignView send(String id, SendForm form, List<FieldError> bindingErrors, String caller) {
        if (form == null && bindingErrors.isEmpty()) {
            return send(id, caller);
        }
        var errors = new ArrayList<>(bindingErrors);
        if (form != null) {
            form.normalize();
            if (errors.stream().noneMatch(e -> e.field().equals("startAt"))) {
                errors.addAll(form.startAtErrors(Moments.now(clock)));
            }
        }
        var start = forms.validated(form, errors).start();
        if (start == null) {
            return send(id, caller);
        }
        return view(campaigns.schedule(id, caller, start));
    }

    @Transactional
    public CampaignView pause(String id, String caller) {
        return view(campaigns.pause(id, caller));
    }

    @Transactional
    public CampaignView resume(String id, String caller) {
        return view(campaigns.resume(id, caller));
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, MailTally.of(outboxStore.tally(campaign.id())));
    }
}
