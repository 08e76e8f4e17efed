package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Uses;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An audience as SQL: every person with a submission its filters match, classified by the first
 * reason that excludes them (the order of {@code Exclusion}) or as ELIGIBLE. The person-level reasons
 * are read from the person's contact state (ContactStates: one narrow indexed row each, kept by the
 * writers), where the do-not-contact list counts with its promotion bar and the mail system's reports (a
 * complaint, a bounced address) only (an invitation or sharing bar is no reason to leave out a lead). Whether a submission
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

    /** Whether the audience filters on submissions at all; without, contact states alone answer it. */
    static boolean filtersSubmissions(Audience audience) {
        return !audience.sources().isEmpty() || audience.selectsBySpecialty() || audience.collectedSince() != null;
    }

    /** The person-level reasons of the contact state {@code c}, in the order of {@code Exclusion}. */
    private static final String PERSON_REASONS = " when c.minor = true then 'MINOR'"
            + " when c.erased = true then 'DELETED'"
            + " when c.complained = true then 'COMPLAINED'"
            + " when c.unsubscribed = true then 'UNSUBSCRIBED'"
            + " when c.bounced = true then 'BOUNCED'"
            + " when c.no_promotions = true then 'DO_NOT_CONTACT'";

    /**
     * The contact states of people who may get a promotion, none of the reasons above: what the index
     * contact_states_audience leads with, so the walk is a range of it in id order.
     */
    private static final String ELIGIBLE_STATES = "c.submitted = true and c.minor = false and c.erased = false"
            + " and c.complained = false and c.unsubscribed = false and c.bounced = false and c.no_promotions = false"
            + " and c.has_lead = true";

    /**
     * Classifies the people with ids in [{@code fromPersonId}, {@code throughPersonId}], either bound
     * optional: by their contact state (ContactStates) and, when the audience filters submissions, by
     * the submissions the filters match. A walk gives both bounds, the first and last person of its
     * window: with the lower one alone implied, the first window of a large table was planned as a scan
     * of all of it (a fifth of a second at a million people, before the first message could go).
     */
    static Query classified(PolicyBook policies, ContactStates states, Audience audience, String fromPersonId,
                            String throughPersonId) {
        var parameters = new ArrayList<Object>();
        if (!filtersSubmissions(audience)) {
            var range = new StringBuilder("c.submitted = true");
            if (fromPersonId != null) {
                range.append(" and c.person_id >= ").append(bind(parameters, List.of(fromPersonId)));
            }
            if (throughPersonId != null) {
                range.append(" and c.person_id <= ").append(bind(parameters, List.of(throughPersonId)));
            }
            return new Query("select c.person_id as person_id, case" + PERSON_REASONS
                    + " when c.has_lead = false then 'REFERRAL_ONLY'"
                    + " when not " + states.promotableSql("c") + " then 'PURPOSE_NOT_PERMITTED'"
                    + " else 'ELIGIBLE' end as reason from contact_states c where " + range, parameters);
        }
        var filters = filters(audience, parameters);
        if (fromPersonId != null) {
            filters.append(" and s.person_id >= ").append(bind(parameters, List.of(fromPersonId)));
        }
        if (throughPersonId != null) {
            filters.append(" and s.person_id <= ").append(bind(parameters, List.of(throughPersonId)));
        }
        // The record-level test the contact states keep (a lead, not restricted, permitted), plus the audience's own.
        String permitted = states.promotablePredicate("s")
                + (audience.selectsBySpecialty() ? " and " + policies.predicate(Uses.SELECTION_BY_SPECIALTY, "s") : "");
        String sql = "select m.person_id as person_id, case" + PERSON_REASONS
                + " when m.is_lead = 0 then 'REFERRAL_ONLY'"
                + " when m.is_permitted = 0 then 'PURPOSE_NOT_PERMITTED'"
                + " else 'ELIGIBLE' end as reason"
                + " from (select s.person_id,"
                + " max(case when s.source_form not in ('" + REFERRER_FORM + "', '" + COLLEAGUE_FORM + "')"
                + " then 1 else 0 end) as is_lead,"
                + " max(case when " + permitted + " then 1 else 0 end) as is_permitted"
                + " from submissions s where " + filters + " group by s.person_id) m"
                + " join contact_states c on c.person_id = m.person_id";
        return new Query(sql, parameters);
    }

    /** The audience's own filters on submissions {@code s}. */
    private static StringBuilder filters(Audience audience, List<Object> parameters) {
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
        return filters;
    }

    static Query counts(PolicyBook policies, ContactStates states, Audience audience) {
        Query classified = classified(policies, states, audience, null, null);
        return new Query("select c.reason, count(*) from (" + classified.sql() + ") c group by c.reason",
                classified.parameters());
    }

    /**
     * The next {@code size} eligible people after {@code afterPersonId} of an audience that filters no
     * submissions, in id order: a keyset range of contact_states_audience, each batch costing its size.
     */
    static Query eligibleStates(ContactStates states, String afterPersonId, int size) {
        var parameters = new ArrayList<Object>();
        String after = afterPersonId == null ? "" : " and c.person_id > " + bind(parameters, List.of(afterPersonId));
        return new Query("select c.person_id from contact_states c where " + ELIGIBLE_STATES + after
                + " and " + states.promotableSql("c") + " order by c.person_id fetch first " + Math.max(1, size)
                + " rows only", parameters);
    }

    /**
     * The first and last person id of the next {@code size} submissions that the audience's filters
     * match after {@code afterPersonId}, in person order, and how many there were: the window one batch
     * classifies, so a batch costs its window, not the audience left, and a narrow audience is walked in
     * few windows.
     */
    static Query window(Audience audience, String afterPersonId, int size) {
        var parameters = new ArrayList<Object>();
        var filters = filters(audience, parameters);
        if (afterPersonId != null) {
            filters.append(" and s.person_id > ").append(bind(parameters, List.of(afterPersonId)));
        }
        return new Query("select min(w.person_id), max(w.person_id), count(*) from (select s.person_id from submissions s where "
                + filters + " order by s.person_id fetch first " + Math.max(1, size) + " rows only) w", parameters);
    }

    /** The eligible people of a window, [{@code fromPersonId}, {@code throughPersonId}], in id order. */
    static Query eligible(PolicyBook policies, ContactStates states, Audience audience, String fromPersonId,
                          String throughPersonId) {
        Query classified = classified(policies, states, audience, fromPersonId, throughPersonId);
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
