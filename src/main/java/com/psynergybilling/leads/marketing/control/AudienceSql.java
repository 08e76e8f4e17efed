package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Uses;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * An audience as SQL: every person with a submission its filters match, classified by the first
 * reason that excludes them (the order of {@code Exclusion}) or as ELIGIBLE; the do-not-contact list
 * counts with its promotion bar and the mail system's reports (a complaint, a bounced address) only (an
 * invitation or sharing bar is no reason to leave out a lead). Whether a submission
 * permits promotional email (and selection by specialty) is the predicate the policy renders, so the
 * database applies the rule that judges one record. Filter values are bound parameters.
 */
final class AudienceSql {

    static final String REFERRER_FORM = "REFERRAL_REFERRER";
    static final String COLLEAGUE_FORM = "REFERRAL_COLLEAGUE";

    record Query(String sql, List<Object> parameters) {
    }

    private AudienceSql() {
    }

    /** Java's reading of {@code is_lead}: a submission of a lead form, not of a referral. */
    static boolean lead(Submission submission) {
        return !submission.collection().sourceForm().equals(REFERRER_FORM)
                && !submission.collection().sourceForm().equals(COLLEAGUE_FORM);
    }

    /** Classifies the people with ids in ({@code afterPersonId}, {@code throughPersonId}], either bound optional. */
    static Query classified(PolicyBook policies, Audience audience, String afterPersonId, String throughPersonId) {
        var parameters = new ArrayList<Object>();
        var filters = filters(audience, afterPersonId, parameters);
        if (throughPersonId != null) {
            filters.append(" and s.person_id <= ").append(bind(parameters, List.of(throughPersonId)));
        }
        String permitted = policies.predicate(Uses.PROMOTIONAL_EMAIL, "s")
                + (audience.selectsBySpecialty() ? " and " + policies.predicate(Uses.SELECTION_BY_SPECIALTY, "s") : "");
        String sql = "select m.person_id as person_id, case"
                + " when p.minor then 'MINOR'"
                + " when p.erased_at is not null then 'DELETED'"
                + " when p.address_hash in (" + DoNotContactList.hashesSql(EnumSet.of(Suppression.COMPLAINED))
                + ") then 'COMPLAINED'"
                + " when p.unsubscribed_at is not null then 'UNSUBSCRIBED'"
                + " when p.address_hash in (" + DoNotContactList.hashesSql(EnumSet.of(Suppression.BOUNCED))
                + ") then 'BOUNCED'"
                + " when p.address_hash in (" + DoNotContactList.hashesSql(Suppression.barringPromotions())
                + ") then 'DO_NOT_CONTACT'"
                + " when m.is_lead = 0 then 'REFERRAL_ONLY'"
                + " when m.is_permitted = 0 then 'PURPOSE_NOT_PERMITTED'"
                + " else 'ELIGIBLE' end as reason"
                + " from (select s.person_id,"
                + " max(case when s.source_form not in ('" + REFERRER_FORM + "', '" + COLLEAGUE_FORM + "')"
                + " then 1 else 0 end) as is_lead,"
                + " max(case when s.source_form not in ('" + REFERRER_FORM + "', '" + COLLEAGUE_FORM + "') and "
                + permitted + " then 1 else 0 end) as is_permitted"
                + " from submissions s where " + filters + " group by s.person_id) m"
                + " join people p on p.id = m.person_id";
        return new Query(sql, parameters);
    }

    /** The audience's own filters on submissions {@code s}, after a person id when one is given. */
    private static StringBuilder filters(Audience audience, String afterPersonId, List<Object> parameters) {
        var filters = new StringBuilder("1 = 1");
        if (!audience.sources().isEmpty()) {
            filters.append(" and s.source_form in (").append(bind(parameters, audience.sources())).append(')');
        }
        if (audience.selectsBySpecialty()) {
            filters.append(" and lower(s.practice_specialty) in (").append(bind(parameters,
                    audience.practiceSpecialties().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList())).append(')');
        }
        if (audience.collectedSince() != null) {
            filters.append(" and s.collected_at >= ").append(bind(parameters,
                    List.of(audience.collectedSince().atOffset(ZoneOffset.UTC))));
        }
        if (afterPersonId != null) {
            filters.append(" and s.person_id > ").append(bind(parameters, List.of(afterPersonId)));
        }
        return filters;
    }

    static Query counts(PolicyBook policies, Audience audience) {
        Query classified = classified(policies, audience, null, null);
        return new Query("select c.reason, count(*) from (" + classified.sql() + ") c group by c.reason",
                classified.parameters());
    }

    /**
     * The last person id of the next {@code size} submissions that the audience's filters match after
     * {@code afterPersonId}, in person order: the window one batch classifies, so a batch costs its
     * window, not the audience left, and a narrow audience is walked in few windows.
     */
    static Query window(Audience audience, String afterPersonId, int size) {
        var parameters = new ArrayList<Object>();
        var filters = filters(audience, afterPersonId, parameters);
        return new Query("select max(w.person_id) from (select s.person_id from submissions s where " + filters
                + " order by s.person_id fetch first " + Math.max(1, size) + " rows only) w", parameters);
    }

    static Query eligible(PolicyBook policies, Audience audience, String afterPersonId, String throughPersonId) {
        Query classified = classified(policies, audience, afterPersonId, throughPersonId);
        return new Query("select c.person_id from (" + classified.sql() + ") c where c.reason = 'ELIGIBLE'"
                + " order by c.person_id", classified.parameters());
    }

    /**
     * Referred colleagues whose records the filters would match: referral-only data (R6), never in
     * an audience, counted so that marketing sees they were left out.
     */
    static Query referredColleagues(Audience audience) {
        if (audience.selectsBySpecialty()
                || !(audience.sources().isEmpty() || audience.sources().contains(COLLEAGUE_FORM))) {
            return null;
        }
        var parameters = new ArrayList<Object>();
        // A colleague who has since become a lead is counted as that person, not twice.
        String sql = "select count(*) from referred_colleagues r where r.email is not null"
                + " and not exists (select 1 from people p where p.address_hash = r.address_hash)";
        if (audience.collectedSince() != null) {
            sql += " and r.collected_at >= " + bind(parameters, List.of(audience.collectedSince().atOffset(ZoneOffset.UTC)));
        }
        return new Query(sql, parameters);
    }

    private static String bind(List<Object> parameters, List<?> values) {
        var marks = new ArrayList<String>();
        for (Object value : values) {
            parameters.add(value);
            marks.add("?" + parameters.size());
        }
        return String.join(", ", marks);
    }
}
