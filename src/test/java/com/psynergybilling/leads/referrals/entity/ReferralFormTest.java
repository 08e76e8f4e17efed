package com.psynergybilling.leads.referrals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.platform.control.FormBinder;
import com.psynergybilling.leads.platform.control.JsonBinder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferralFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Set<String> invalid(String json) {
        var bound = JsonBinder.bind(json, ReferralForm.class);
        bound.form().normalize();
        var fields = VALIDATOR.validate(bound.form()).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        bound.errors().forEach(e -> fields.add(e.field()));
        return fields;
    }

    private static final String REFERRER = "\"referrerName\":\"Jane Doe\",\"referrerEmail\":\"jane@example.com\","
            + "\"ageConfirmed\":true";

    @Test
    void aReferralOfOneToFiveColleaguesIsValid() {
        assertEquals(Set.of(), invalid("{" + REFERRER + ",\"permissionConfirmed\":true,"
                + "\"colleagues\":[{\"name\":\"Sam Lee\",\"email\":\"sam@example.com\"}]}"));
    }

    @Test
    @DisplayName("R8: a referral without the referrer's confirmation of the colleague's permission is refused")
    void permissionMustBeConfirmed() {
        String colleagues = ",\"colleagues\":[{\"name\":\"Sam Lee\",\"email\":\"sam@example.com\"}]";
        assertEquals(Set.of("permissionConfirmed"), invalid("{" + REFERRER + colleagues + "}"));
        assertEquals(Set.of("permissionConfirmed"), invalid("{" + REFERRER + colleagues + ",\"permissionConfirmed\":false}"));
    }

    @Test
    void colleaguesAreCheckedOneByOneAndCapped() {
        assertEquals(Set.of("colleagues"), invalid("{" + REFERRER + ",\"permissionConfirmed\":true,\"colleagues\":[]}"));
        var six = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            six.append(i == 0 ? "" : ",").append("{\"name\":\"C\",\"email\":\"c").append(i).append("@example.com\"}");
        }
        assertEquals(Set.of("colleagues"), invalid("{" + REFERRER + ",\"permissionConfirmed\":true,\"colleagues\":["
                + six + "]}"));
        assertEquals(Set.of("colleagues[1].email", "colleagues[0].name"), invalid("{" + REFERRER
                + ",\"permissionConfirmed\":true,\"colleagues\":[{\"name\":\"<b>\",\"email\":\"a@example.com\"},"
                + "{\"name\":\"B\",\"email\":\"not an address\"}]}"));
        assertEquals(Set.of("colleagues", "colleagues[0]"), invalid("{" + REFERRER + ",\"permissionConfirmed\":true,\"colleagues\":[7]}"));
    }

    @Test
    void anHtmlFormCarriesOneColleague() {
        var fields = new MultivaluedHashMap<String, String>();
        fields.add("referrerName", "Jane Doe");
        fields.add("referrerEmail", "jane@example.com");
        fields.add("colleagueName", "Sam Lee");
        fields.add("colleagueEmail", "sam@example.com");
        fields.add("permissionConfirmed", "on");
        fields.add("ageConfirmed", "on");
        var form = FormBinder.bind(fields, ReferralForm.class).form();
        form.normalize();
        assertEquals(Set.of(), VALIDATOR.validate(form).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet()));
        assertEquals("sam@example.com", form.colleagues.get(0).email);
    }

    @Test
    @DisplayName("R6: referrer and colleague names that carry a link, a domain, an address or a phone number are refused")
    void namesThatCarryAMessageAreRefused() {
        String colleagues = ",\"permissionConfirmed\":true,\"colleagues\":[{\"name\":\"%s\",\"email\":\"sam@example.com\"}]}";
        assertEquals(Set.of("referrerName"), invalid(("{" + REFERRER + colleagues).formatted("Sam Lee")
                .replace("Jane Doe", "Your account is locked. Reset at evil.example/login")));
        assertEquals(Set.of("colleagues[0].name"), invalid(("{" + REFERRER + colleagues).formatted("Call 555 123 4567")));
        assertEquals(Set.of("colleagues[0].name"), invalid(("{" + REFERRER + colleagues).formatted("www.evil.example")));
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("referrerName", "Jane Doe");
        form.putSingle("referrerEmail", "jane@example.com");
        form.putSingle("colleagueName", "Sam at evil.example");
        form.putSingle("colleagueEmail", "sam@example.com");
        form.putSingle("permissionConfirmed", "true");
        form.putSingle("ageConfirmed", "true");
        var bound = FormBinder.bind(form, ReferralForm.class);
        bound.form().normalize();
        assertEquals(Set.of("colleagues[0].name"), VALIDATOR.validate(bound.form()).stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()), "a plain HTML form's colleague too");
        assertEquals(Set.of(), invalid(("{" + REFERRER + colleagues).formatted("Dr. Sam O'Lee & Partners")));
    }
}
