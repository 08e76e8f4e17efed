package com.psynergybilling.leads;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every column the migrations create, classified by what it can hold about a person (R20). A column
 * added by a later migration fails {@code PersonalColumnsTest} until it is classified here, with the
 * reason. The integration test of deletion checks the same classes against the live database.
 */
public final class PersonalColumns {

    /** What a column can hold about a person. */
    public enum Kind {
        /** the person's own data (address, name, words, what they sent): empty of it after erasure */
        PERSONAL,
        /** leads back to the address (its keyed hash, a digest's salt, a reference naming a matter): holds none of it after erasure */
        LINKABLE,
        /** a keyed hash kept after erasure under R20's exception, to honour an opt-out (R9, R20) or to never invite twice (R7) */
        KEPT_HASH,
        /** nobody's data: ids, times, codes, counts, staff names, or a digest that without its salt leads nowhere */
        NONE
    }

    private static final String TABLE = """
            staff_users: username NONE, password_hash NONE, roles NONE, created_at NONE, disabled_at NONE,
                email NONE
            api_tokens: id NONE, username NONE, token_hash NONE, label NONE, created_at NONE
            people: id NONE, email PERSONAL, sale_sharing_opt_out NONE, partner_consent NONE, created_at NONE,
                updated_at NONE, address_hash LINKABLE, unsubscribed_at NONE, erased_at NONE, minor NONE,
                consent_withdrawn_at NONE
            submissions: id NONE, person_id NONE, source_form NONE, categories NONE, purposes NONE,
                policy_version NONE, collected_at NONE, full_name PERSONAL, phone PERSONAL, organization PERSONAL,
                business_address PERSONAL, practice_specialty PERSONAL, provider_count PERSONAL,
                product_interest PERSONAL, comments PERSONAL, page_url PERSONAL, client_address PERSONAL,
                user_agent PERSONAL, partner_sharing_consent NONE, gpc_seen NONE, import_id NONE, imported_at NONE,
                restricted_at NONE
            demo_requests: id NONE, request_type NONE, status NONE, assignee NONE, note PERSONAL, received_at NONE,
                updated_at NONE, version NONE
            idempotency_keys: key_hash NONE, request_hash NONE, state NONE, answer_status NONE, answer_body NONE,
                created_at NONE
            settings: name NONE, setting_value NONE
            audit_entries: seq NONE, occurred_at NONE, actor NONE, action NONE, subject LINKABLE, purpose NONE,
                detail NONE, previous_hash NONE, entry_hash NONE, chain_version NONE, subject_salt LINKABLE,
                subject_digest NONE
            audit_head: id NONE, seq NONE, entry_hash NONE
            outbox_messages: id NONE, message_key KEPT_HASH, use_code NONE, recipient PERSONAL, template NONE,
                model PERSONAL, reference NONE, state NONE, attempts NONE, next_attempt_at NONE, claimed_at NONE,
                created_at NONE, finished_at NONE, outcome NONE, attachment_name NONE, attachment PERSONAL, claimed_by NONE,
                claim_sender NONE, attempted_at NONE, accepted_at NONE
            node_leases: node_id NONE, renewed_at NONE
            contact_states: person_id NONE, submitted NONE, minor NONE, erased NONE, unsubscribed NONE, complained NONE,
                bounced NONE, no_promotions NONE, has_lead NONE, promotable NONE, judged_under NONE
            do_not_contact: address_hash KEPT_HASH, kind NONE, reason NONE, created_at NONE
            referrals: id NONE, referrer_submission_id NONE, created_at NONE, confirm_by NONE, confirmed_at NONE,
                expired_at NONE
            referred_colleagues: id NONE, referral_id NONE, address_hash KEPT_HASH, name PERSONAL, email PERSONAL,
                source_form NONE, categories NONE, purposes NONE, policy_version NONE, collected_at NONE,
                invitation_queued_at NONE, removed_at NONE, erased_at NONE
            webinars: id NONE, title NONE, starts_at NONE, created_by NONE, created_at NONE
            webinar_registrations: id NONE, webinar_id NONE, submission_id NONE, person_id NONE, registered_at NONE
            campaigns: id NONE, name NONE, subject NONE, text_body NONE, html_body NONE, sources NONE,
                specialties NONE, collected_since NONE, status NONE, queued_through NONE, queued_all NONE,
                queued NONE, created_by NONE, created_at NONE, started_at NONE, finished_at NONE, version NONE,
                bounced NONE, complained NONE, start_at NONE
            mail_reports: id NONE, message_id NONE, report NONE, severity NONE, status NONE, campaign_id NONE,
                person_id LINKABLE, received_at NONE
            mail_rate: name NONE, next_free_micros NONE
            privacy_requests: id NONE, request_type NONE, status NONE, address_hash LINKABLE, email PERSONAL,
                full_name PERSONAL, state_of_residence PERSONAL, corrections PERSONAL, agent_name PERSONAL,
                agent_email PERSONAL, signed_permission PERSONAL, provider_site PERSONAL, source_form NONE,
                categories NONE, purposes NONE, policy_version NONE, collected_at NONE, received_at NONE,
                confirm_by NONE, due_at NONE, extended_at NONE, extension_reason PERSONAL, verified_at NONE,
                decided_at NONE, outcome NONE, exception_code NONE, decision_message PERSONAL, decided_by NONE,
                appealed_at NONE, appeal_reason PERSONAL, appeal_due_at NONE, erased_at NONE
            legal_holds: id NONE, address_hash LINKABLE, placed_by NONE, placed_at NONE, released_by NONE,
                released_at NONE, reason_code NONE, reference LINKABLE
            partners: id NONE, name NONE, created_by NONE, created_at NONE, postal_address NONE
            disclosures: id NONE, export_id NONE, partner_id NONE, recipient_category NONE, categories NONE,
                purpose NONE, policy_version NONE, person_id LINKABLE, address_hash LINKABLE, submission_id LINKABLE,
                disclosed_at NONE
            pending_colleagues: id NONE, referral_id NONE, address_hash LINKABLE, name PERSONAL, email PERSONAL,
                source_form NONE, categories NONE, purposes NONE, policy_version NONE, collected_at NONE
            referral_removal_requests: id NONE, colleague_id NONE, address_hash LINKABLE, address_hashes LINKABLE, received_at NONE
            referrer_quotas: referrer_hash LINKABLE, window_start NONE, colleagues NONE
            imports: id NONE, kind NONE, digest NONE, state NONE, source_form NONE, policy_version NONE,
                collected_at NONE, purposes NONE, consent_evidence NONE, suppression_kinds NONE, total_bytes NONE,
                rows_total NONE, rows_read NONE, rows_accepted NONE, rows_refused NONE, errors NONE, failure NONE,
                created_by NONE, created_at NONE, updated_at NONE, finished_at NONE
            console_sessions: id_hash NONE, username NONE, csrf_token NONE, created_at NONE, last_seen_at NONE
            webhook_endpoints: id NONE, name NONE, url NONE, events NONE, secret NONE, created_by NONE,
                created_at NONE, removed_at NONE, status NONE, disabled_at NONE, disabled_reason NONE
            webhook_deliveries: id NONE, endpoint_id NONE, event NONE, payload PERSONAL, person_id LINKABLE,
                address_hash KEPT_HASH, record_id LINKABLE, categories NONE, purpose NONE, policy_version NONE,
                reference NONE, state NONE, attempts NONE, next_attempt_at NONE, claimed_at NONE, created_at NONE,
                last_attempt_at NONE, acknowledged_at NONE, last_status NONE, outcome NONE
            """;

    /** table.column (lower case) to its kind. */
    public static final Map<String, Kind> ALL = parse(TABLE);

    private PersonalColumns() {
    }

    public static Map<String, Kind> of(Kind kind) {
        var found = new TreeMap<String, Kind>();
        ALL.forEach((column, k) -> {
            if (k == kind) {
                found.put(column, k);
            }
        });
        return found;
    }

    private static Map<String, Kind> parse(String table) {
        var columns = new TreeMap<String, Kind>();
        String current = null;
        for (String line : table.split("\n")) {
            String rest = line.strip();
            int colon = rest.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                current = rest.substring(0, colon);
                rest = rest.substring(colon + 1);
            }
            for (String entry : rest.split(",")) {
                var parts = entry.strip().split(" ");
                if (parts.length == 2) {
                    columns.put(current + "." + parts[0], Kind.valueOf(parts[1]));
                }
            }
        }
        return columns;
    }
}
