package com.psynergybilling.leads.intake.control;

import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scope of the consent receipt's HTML page, read from the very JSON document the API answers, so
 * the page and the document cannot disagree. Mustache escapes every value it prints.
 */
public final class ReceiptPage {

    private ReceiptPage() {
    }

    public static Map<String, Object> scope(JsonObject receipt) {
        var scope = new LinkedHashMap<String, Object>();
        var service = receipt.getJsonArray("services").getJsonObject(0);
        var controller = receipt.getJsonArray("piiControllers").getJsonObject(0);
        var address = controller.getJsonObject("address");
        scope.put("title", "Consent receipt");
        scope.put("receiptId", receipt.getString("consentReceiptID"));
        scope.put("version", receipt.getString("version"));
        scope.put("principal", receipt.getString("piiPrincipalId"));
        scope.put("service", service.getString("service"));
        scope.put("form", receipt.getString("form"));
        scope.put("collectedAt", when(receipt.getString("collectedAt")));
        scope.put("expiresAt", when(receipt.getString("expiresAt")));
        scope.put("policyVersion", receipt.getString("policyVersion"));
        scope.put("policyUrl", receipt.getString("policyUrl"));
        scope.put("fields", String.join(", ", strings(receipt, "fieldsCollected")));
        scope.put("partnerSharingConsent", receipt.getBoolean("partnerSharingConsent"));
        scope.put("globalPrivacyControl", receipt.getBoolean("globalPrivacyControl"));
        scope.put("controller", controller.getString("piiController"));
        scope.put("controllerAddress", address.getString("streetAddress") + ", " + address.getString("addressLocality")
                + ", " + address.getString("addressRegion") + " " + address.getString("postalCode"));
        scope.put("controllerEmail", controller.getString("email"));
        scope.put("controllerPhone", controller.getString("phone"));
        var purposes = new ArrayList<Map<String, Object>>();
        for (JsonValue value : service.getJsonArray("purposes")) {
            var purpose = value.asJsonObject();
            var row = new LinkedHashMap<String, Object>();
            row.put("purpose", purpose.getString("purpose"));
            var categories = strings(purpose, "piiCategory");
            row.put("categories", categories.isEmpty() ? "none of this form's data" : String.join(", ", categories));
            row.put("consentType", purpose.getString("consentType").toLowerCase(Locale.ROOT));
            row.put("primary", purpose.getBoolean("primaryPurpose"));
            row.put("termination", purpose.getString("termination"));
            row.put("thirdParty", purpose.getBoolean("thirdPartyDisclosure") ? purpose.getString("thirdPartyName") : "");
            purposes.add(row);
        }
        scope.put("purposes", purposes);
        return scope;
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String when(String instant) {
        return Moments.MINUTE.format(Instant.parse(instant));
    }
}
