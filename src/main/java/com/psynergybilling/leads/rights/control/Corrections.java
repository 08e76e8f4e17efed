package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.entity.Correction;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.rights.entity.CorrectionsForm;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;

/** A CORRECT request's corrections as the request keeps them: a JSON object of the corrected fields. */
final class Corrections {

    private Corrections() {
    }

    static String json(CorrectionsForm form) {
        if (form == null) {
            return null;
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put("fullName", form.fullName);
        fields.put("phone", form.phone);
        fields.put("organization", form.organization);
        fields.put("businessAddress", form.businessAddress);
        fields.put("practiceSpecialty", form.practiceSpecialty);
        fields.put("providerCount", form.providerCount);
        return Pieces.values(fields).build().toString();
    }

    static Correction parse(String json) {
        if (json == null) {
            return new Correction(null, null, null, null, null, null);
        }
        try (var reader = Pieces.JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new Correction(object.getString("fullName", null), object.getString("phone", null),
                    object.getString("organization", null), object.getString("businessAddress", null),
                    object.getString("practiceSpecialty", null),
                    object.containsKey("providerCount") ? object.getInt("providerCount") : null);
        }
    }
}
