package com.psynergybilling.leads.policy.control;

import java.util.Map;

/** A form field's name (fullName, clientAddress) in the words a notice uses for it. */
final class FieldNames {

    /** Fields whose name alone would not tell a person what they are. */
    private static final Map<String, String> WORDS = Map.of(
            "clientAddress", "IP address",
            "pageUrl", "address of the page the form is on",
            "userAgent", "browser and device type (user agent)",
            "providerCount", "number of providers",
            "signedPermission", "an authorized agent's signed permission",
            "corrections", "the corrections asked for");

    private FieldNames() {
    }

    static String of(String field) {
        String known = WORDS.get(field);
        return known != null ? known : field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
