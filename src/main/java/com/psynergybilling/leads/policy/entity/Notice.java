package com.psynergybilling.leads.policy.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The notice at collection for one form (R1, R3), made from the same policy data that judges every
 * use: what the form collects by category, for which purposes, whether any of it may be sold or
 * shared (and that an opt-out or a Global Privacy Control signal stops it), how long it is kept, and
 * where the full policy is. The JSON answer and the HTML fragment are both written from it.
 */
@Schema(name = "CollectionNotice")
public class Notice {

    @Schema(example = "DEMO_REQUEST")
    public String form;
    @Schema(example = "Demo request")
    public String formName;
    @Schema(example = "2024-06-30")
    public String policyVersion;
    public List<Category> categories;
    public List<Purpose> purposes;
    public Sharing sharing;
    public Retention retention;
    @Schema(example = "https://www.psynergybilling.com/privacy-policy")
    public String policyUrl;

    /** A category of personal information the form collects, with the form's fields in it. */
    @Schema(name = "NoticeCategory")
    public static class Category {
        @Schema(example = "BASIC_IDENTIFIERS")
        public String code;
        @Schema(example = "Basic Identifiers")
        public String name;
        @Schema(example = "[\"email\", \"full name\"]")
        public List<String> fields;

        /** The fields in one line, for the HTML fragment (not a property of the JSON). */
        public String fieldList() {
            return String.join(", ", fields);
        }
    }

    /** A purpose the data is collected for; some only with the consent the form asks for. */
    @Schema(name = "NoticePurpose")
    public static class Purpose {
        @Schema(example = "MARKETING")
        public String code;
        @Schema(example = "Marketing and Promotional Purposes")
        public String name;
        public boolean withConsentOnly;
    }

    /** Whether any of it may be sold or shared, with whom, and what stops it. */
    @Schema(name = "NoticeSharing")
    public static class Sharing {
        public boolean mayBeSoldOrShared;
        public List<Recipient> recipients;
        /** An opt-out of sale and sharing (a request, or the browser's Global Privacy Control signal) is honoured. */
        public boolean optOutHonoured;
        public boolean globalPrivacyControlHonoured;
        public String summary;
    }

    /** Who outside the company may receive which categories, and whether only with consent. */
    @Schema(name = "NoticeRecipient")
    public static class Recipient {
        @Schema(example = "BUSINESS_PARTNERS")
        public String code;
        @Schema(example = "Business Partners")
        public String name;
        @Schema(example = "[\"Basic Identifiers\"]")
        public List<String> categories;
        public boolean withConsentOnly;
    }

    /** How long the data is kept, as a period and in words. */
    @Schema(name = "NoticeRetention")
    public static class Retention {
        @Schema(description = "absent when the period is not a fixed number of months", example = "24")
        public Integer months;
        @Schema(description = "absent when the period is not a fixed number of days")
        public Integer days;
        public String summary;
    }
}
