package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.marketing.entity.MailReport;
import com.psynergybilling.leads.people.control.PersonRows;
import com.psynergybilling.leads.people.control.PersonRowsData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bounces and complaints about a person's promotions, in the registry of personal data. Erasure
 * deletes them, and also the BOUNCED bar of the address: that the address once bounced is no opt-out
 * to honour (R20 keeps only those), while a complaint's bars stay, being the person's own no.
 */
@ApplicationScoped
public class MailReportData extends PersonRowsData<MailReport> {

    static final String HOLDER = "mail-reports";

    public MailReportData() {
        super(new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("DEMO_REQUEST", "PRICING_REQUEST",
                        "PRODUCT_INFO_REQUEST", "WEBINAR_SIGNUP"), Set.of("COMMUNICATING_WITH_YOU"), Set.of()),
                "MAIL_REPORT", new PersonRows<>(MailReport.class,
                        "select r from MailReport r where r.personId = :person order by r.receivedAt"),
                MailReport::receivedAt);
    }

    /** A report is an event: listed only when received within the report's period. */
    @Override
    protected boolean reported(MailReport report, Instant since) {
        return !report.receivedAt().isBefore(since);
    }

    @Override
    protected Map<String, ?> data(MailReport report) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("report", report.severity().name());
        if (report.status() != null) {
            fields.put("status", report.status());
        }
        return fields;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        int reports = super.erase(subject, now);
        int bars = em.createQuery("delete from DoNotContact d where d.addressHash in :hashes and d.kind = :bounced")
                .setParameter("hashes", subject.addressHashes()).setParameter("bounced", Suppression.BOUNCED)
                .executeUpdate();
        return reports + bars;
    }
}
