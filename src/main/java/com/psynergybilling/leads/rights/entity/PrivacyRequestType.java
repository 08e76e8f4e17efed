package com.psynergybilling.leads.rights.entity;

/** The rights a person may exercise through a privacy request (API.md). */
public enum PrivacyRequestType {
    ACCESS("access your data"),
    DELETE("delete your data"),
    CORRECT("correct your data"),
    WITHDRAW_CONSENT("withdraw your consent"),
    OPT_OUT_SALE_SHARING("opt out of the sale and sharing of your data"),
    LIMIT_SENSITIVE("limit the use of sensitive personal information"),
    SHINE_THE_LIGHT("know the disclosures of your data for direct marketing (California Shine the Light)");

    /** Every type's name, as a form field's pattern accepts them. */
    public static final String PATTERN =
            "ACCESS|DELETE|CORRECT|WITHDRAW_CONSENT|OPT_OUT_SALE_SHARING|LIMIT_SENSITIVE|SHINE_THE_LIGHT";

    private final String words;

    PrivacyRequestType(String words) {
        this.words = words;
    }

    /** What the requester asked for, in words for a letter: "You asked us to ...". */
    public String words() {
        return words;
    }
}
