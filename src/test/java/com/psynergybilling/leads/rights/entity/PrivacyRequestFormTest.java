package com.psynergybilling.leads.rights.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.platform.control.FormBinder;
import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.platform.control.Violations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyRequestFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final String WHO = "\"email\":\"pat@example.com\",\"fullName\":\"Pat Doe\"";

    private static Set<String> invalid(PrivacyRequestForm form, java.util.List<?> bindingErrors) {
        form.normalize();
        // Named as the caller sees them: a cross-field check reports under the field it is about (R19, R22).
        var fields = Violations.fieldErrors(VALIDATOR.validate(form))
                .stream().map(e -> e.field()).collect(Collectors.toSet());
        bindingErrors.forEach(e -> fields.add(((com.psynergybilling.leads.platform.entity.FieldError) e).field()));
        return fields;
    }

    private static Set<String> invalid(String json) {
        var bound = JsonBinder.bind(json, PrivacyRequestForm.class);
        return invalid(bound.form(), bound.errors());
    }

    @Test
    void everyTypeOfApiMdIsAccepted() {
        for (var type : PrivacyRequestType.values()) {
            String more = type == PrivacyRequestType.CORRECT ? ",\"corrections\":{\"phone\":\"+1 555 0100\"}" : "";
            assertEquals(Set.of(), invalid("{\"type\":\"" + type + "\"," + WHO + more + "}"), type.name());
        }
        assertEquals(Set.of("type"), invalid("{\"type\":\"FORGET_ME\"," + WHO + "}"));
        assertEquals(Set.of("email", "fullName", "type"), invalid("{}"));
    }

    @Test
    @DisplayName("R17: the name greets the address's owner in the verification letter: it carries no link, domain or "
            + "phone number")
    void theNameCarriesNoMessage() {
        for (String name : new String[]{"Your account is locked call 1 800 555 0100", "Reset at evil.example",
                "Visit https://evil.example", "Ann at ann@evil.example"}) {
            assertEquals(Set.of("fullName"), invalid("{\"type\":\"ACCESS\",\"email\":\"pat@example.com\","
                    + "\"fullName\":\"" + name + "\"}"), name);
        }
    }

    @Test
    @DisplayName("R19: a correction names at least one corrected value, each checked like the form's own field")
    void corrections() {
        assertEquals(Set.of("corrections"), invalid("{\"type\":\"CORRECT\"," + WHO + "}"));
        assertEquals(Set.of("corrections.fullName"), invalid("{\"type\":\"CORRECT\"," + WHO
                + ",\"corrections\":{\"fullName\":\"<script>\"}}"));
        assertEquals(Set.of("corrections"), invalid("{\"type\":\"CORRECT\"," + WHO
                + ",\"corrections\":\"x\"}"));
    }

    @Test
    @DisplayName("R22: an authorized agent acts for residents of CA, CO and CT only, with the signed permission")
    void agents() {
        String agent = ",\"agent\":{\"name\":\"Helpers\",\"email\":\"help@example.org\",\"signedPermission\":\"signed\"}";
        assertEquals(Set.of(), invalid("{\"type\":\"ACCESS\"," + WHO + ",\"stateOfResidence\":\"ct\"" + agent + "}"));
        assertEquals(Set.of("agent"), invalid("{\"type\":\"ACCESS\"," + WHO
                + ",\"stateOfResidence\":\"VA\"" + agent + "}"));
        assertEquals(Set.of("agent"), invalid("{\"type\":\"ACCESS\"," + WHO + agent + "}"));
        assertEquals(Set.of("agent.signedPermission"), invalid("{\"type\":\"ACCESS\"," + WHO
                + ",\"stateOfResidence\":\"CA\",\"agent\":{\"name\":\"Helpers\",\"email\":\"help@example.org\"}}"));
    }

    @Test
    void aPlainHtmlFormSendsAgentAndCorrectionsFlat() {
        var fields = new MultivaluedHashMap<String, String>();
        fields.putSingle("type", "CORRECT");
        fields.putSingle("email", "pat@example.com");
        fields.putSingle("fullName", "Pat Doe");
        fields.putSingle("stateOfResidence", "co");
        fields.putSingle("correctedOrganization", "New Org");
        fields.putSingle("correctedPhone", "");
        fields.putSingle("agentName", "Helpers");
        fields.putSingle("agentEmail", "help@example.org");
        fields.putSingle("agentSignedPermission", "signed");
        fields.putSingle("providerSite", "");
        var bound = FormBinder.bind(fields, PrivacyRequestForm.class);
        assertEquals(Set.of(), invalid(bound.form(), bound.errors()));
        var form = bound.form();
        assertEquals("CO", form.stateOfResidence);
        assertEquals("New Org", form.corrections.organization);
        assertEquals(null, form.corrections.phone);
        assertEquals("help@example.org", form.agent.email);
        assertEquals(null, form.providerSite);
    }
}
