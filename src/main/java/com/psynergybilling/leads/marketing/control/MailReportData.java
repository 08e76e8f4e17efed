package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.marketing.entity.MailReport;
import com.psynergybilling.leads.people.control.PersonRows;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.people.entity.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Bounces and complaints about a person's promotions, in the registry of personal data. Erasure
 * deletes them, and also the BOUNCED bar of the address: that the address once bounced is no opt-out
 * to honour (R20 keeps only those), while a complaint's bars stay, being the person's own no.
 */
@ApplicationScoped
public class MailReportData implements PersonalData {

    static final String HOLDER = "mail-reports";
    static final PersonRows<MailReport> REPORTS = new PersonRows<>(MailReport.class,
            "select r from MailReport r where r.personId = :person order by r.receivedAt");

    @PersistenceContext
    EntityManager em;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("DEMO_REQUEST", "PRICING_REQUEST",
                "PRODUCT_INFO_REQUEST", "WEBINAR_SIGNUP"), Set.of("COMMUNICATING_WITH_YOU"), Set.of());
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (MailReport report : REPORTS.of(em, subject)) {
            if (!report.receivedAt().isBefore(since)) {
                var fields = new LinkedHashMap<String, String>();
                fields.put("report", report.severity().name());
                if (report.status() != null) {
                    fields.put("status", report.status());
                }
                pieces.add(Pieces.fact(HOLDER, "MAIL_REPORT", report.receivedAt(), fields));
            }
        }
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        int reports = REPORTS.remove(em, subject);
        int bars = em.createQuery("delete from DoNotContact d where d.addressHash in :hashes and d.kind = :bounced")
                .setParameter("hashes", subject.addressHashes()).setParameter("bounced", Suppression.BOUNCED)
                .executeUpdate();
        return reports + bars;
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(REPORTS.type());
    }
}
