package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.mail.control.StaffTemplates;
import com.psynergybilling.leads.mail.entity.StaffTemplate;
import com.psynergybilling.leads.marketing.entity.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A campaign's content for the dispatcher, inside the {@code promotion} frame (unsubscribe link and
 * postal address, R12, R13). A campaign never changes, so each node reads it once.
 */
@ApplicationScoped
public class CampaignTemplates implements StaffTemplates {

    static final String FRAME = "promotion";
    private static final int KEPT = 64;

    @PersistenceContext
    EntityManager em;

    private final Map<String, StaffTemplate> read = new ConcurrentHashMap<>();

    @Override
    public Optional<StaffTemplate> find(String name) {
        Optional<String> campaignId = CampaignMail.campaignOf(name);
        if (campaignId.isEmpty()) {
            return Optional.empty();
        }
        StaffTemplate known = read.get(campaignId.get());
        if (known != null) {
            return Optional.of(known);
        }
        Campaign campaign = em.find(Campaign.class, campaignId.get());
        if (campaign == null) {
            return Optional.empty();
        }
        StaffTemplate template = of(campaign);
        if (read.size() >= KEPT) {
            read.clear();
        }
        read.put(campaign.id(), template);
        return Optional.of(template);
    }

    static StaffTemplate of(Campaign campaign) {
        return new StaffTemplate(campaign.subject(), campaign.textBody(), campaign.htmlBody(), FRAME);
    }
}
