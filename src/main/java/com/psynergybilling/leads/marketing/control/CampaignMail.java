package com.psynergybilling.leads.marketing.control;

import java.util.Optional;

/**
 * How a campaign's messages are named in the outbox: one key per campaign and person (the outbox
 * keeps keys unique, so nobody gets a second copy), the campaign's template, and its id as the
 * messages' owner reference.
 */
public final class CampaignMail {

    static final String PREFIX = "campaign:";
    private static final int ID = 36;

    private CampaignMail() {
    }

    public static String key(String campaignId, String personId) {
        return PREFIX + campaignId + ":" + personId;
    }

    public static String template(String campaignId) {
        return PREFIX + campaignId;
    }

    /** The person a campaign message's key names; empty for any other key. */
    static Optional<String> personOf(String messageKey) {
        if (messageKey == null || messageKey.length() != PREFIX.length() + ID + 1 + ID || !messageKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(messageKey.substring(PREFIX.length() + ID + 1));
    }

    /** The campaign a template name names; empty for any other name. */
    static Optional<String> campaignOf(String template) {
        return template != null && template.startsWith(PREFIX) && template.length() == PREFIX.length() + ID
                ? Optional.of(template.substring(PREFIX.length())) : Optional.empty();
    }
}
