package com.psynergybilling.leads.platform.control;

/**
 * The default of every configuration key that has one, in one place: each {@code @ConfigProperty} names
 * its default from here, and {@code DefaultsTest} checks that config/leads.env.example shows the same
 * value for every key (and lists every key the code reads). A key whose absence means something (no
 * secret given, no proxy trusted, ...) has no default and is read as an {@code Optional}.
 */
public final class Defaults {

    public static final String LEADS_AUDIT_CHECKPOINT_MINUTES = "60";
    public static final String LEADS_CAMPAIGN_BATCH = "500";
    public static final String LEADS_CAMPAIGN_POLL_MILLIS = "1000";
    public static final String LEADS_CONSOLE_IDLE_MINUTES = "30";
    public static final String LEADS_EXIT_ON_REFUSAL = "true";
    public static final String LEADS_IMPORT_CHUNK = "1000";
    public static final String LEADS_IMPORT_MAX_BYTES = "33554432";
    public static final String LEADS_IMPORT_STALE_SECONDS = "120";
    public static final String LEADS_INTAKE_GLOBAL_PER_HOUR = "20000";
    public static final String LEADS_INTAKE_GROUP_MAX = "32";
    public static final String LEADS_INTAKE_RATE = "30";
    public static final String LEADS_LEAD_RETENTION_MONTHS = "24";
    public static final String LEADS_LEAD_RETENTION_POLL_MILLIS = "3600000";
    public static final String LEADS_LOGIN_FAILURES = "10";
    public static final String LEADS_LOGIN_MAX_DELAY_SECONDS = "300";
    public static final String LEADS_LOGIN_USER_CLIENT_FAILURES = "5";
    public static final String LEADS_LOGIN_USER_FAILURES = "10";
    public static final String LEADS_LOG_FORMAT = "text";
    public static final String LEADS_MAIL_FROM = "Psynergy Billing <no-reply@psynergybilling.com>";
    public static final String LEADS_MAIL_POLL_MILLIS = "500";
    public static final String LEADS_MAIL_RATE = "50";
    public static final String LEADS_MAIL_SENDERS = "4";
    public static final String LEADS_MAIL_STUCK_MINUTES = "10";
    public static final String LEADS_MAX_BODY_BYTES = "65536";
    public static final String LEADS_MAX_BOUNCE_BYTES = "1048576";
    public static final String LEADS_MAX_CAMPAIGN_BYTES = "1048576";
    public static final String LEADS_NODE_HEARTBEAT_MILLIS = "3000";
    public static final String LEADS_NODE_LEASE_SECONDS = "15";
    public static final String LEADS_PARTNER_EXPORT_MAX_ROWS = "1000";
    public static final String LEADS_PRIVACY_APPEAL_DAYS = "60";
    public static final String LEADS_PRIVACY_POLICY_URL = "https://www.psynergybilling.com/privacy-policy";
    public static final String LEADS_PRIVACY_VERIFY_HOURS = "72";
    public static final String LEADS_PUBLIC_URL = "http://localhost:8080";
    public static final String LEADS_REFERRALS_PER_REFERRER_DAY = "10";
    public static final String LEADS_REFERRAL_CONFIRM_HOURS = "48";
    public static final String LEADS_REFERRAL_REMOVAL_SECONDS = "2";
    public static final String LEADS_REFERRAL_RETENTION_DAYS = "30";
    public static final String LEADS_REFERRAL_RETENTION_POLL_MILLIS = "3600000";
    public static final String LEADS_SMTP_HOST = "localhost";
    public static final String LEADS_SMTP_PORT = "25";
    public static final String LEADS_SMTP_STARTTLS = "false";
    public static final String LEADS_SOFT_BOUNCE_DAYS = "30";
    public static final String LEADS_SOFT_BOUNCE_LIMIT = "3";
    public static final String LEADS_WEBHOOK_ALLOW_PRIVATE = "false";
    public static final String LEADS_WEBHOOK_FIRST_RETRY_SECONDS = "30";
    public static final String LEADS_WEBHOOK_MAX_ATTEMPTS = "10";
    public static final String LEADS_WEBHOOK_POLL_MILLIS = "1000";
    public static final String LEADS_WEBHOOK_STUCK_MINUTES = "5";
    public static final String LEADS_WEBHOOK_TIMEOUT_SECONDS = "5";

    private Defaults() {
    }
}
