package com.psynergybilling.leads.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.platform.control.FormBinder;
import com.psynergybilling.leads.platform.control.JsonBinder;
import com.psynergybilling.leads.referrals.entity.ConfirmationForm;
import com.psynergybilling.leads.referrals.entity.ReferralForm;
import com.psynergybilling.leads.referrals.entity.RemovalForm;
import com.psynergybilling.leads.rights.entity.AppealForm;
import com.psynergybilling.leads.rights.entity.PrivacyRequestForm;
import com.psynergybilling.leads.rights.entity.TokenForm;
import com.psynergybilling.leads.webinars.entity.WebinarRegistrationForm;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key request hash of each public form, pinned: a repeat sent after a deploy must still
 * hash as the first did, so a change to a form class may not reorder or rename what JSON-B writes of it.
 * (JSON-B writes a superclass's properties before the class's own, and a subclass's @JsonbPropertyOrder
 * does not move them: a field moved into a shared base class changes the bytes.) The honeypot is sent
 * empty, as an HTML form sends it, so that it is written too. Also pinned: what each form's invalid
 * fields are told.
 */
class PublicFormHashTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final PublicIntake INTAKE = new PublicIntake();
    private static final String TOKEN = "AbCdEfGhIjKlMnOp.1827628800.1f0e";

    /** What the gate hashes: the form as a browser posted it, normalised. */
    private static <F extends PublicForm> F posted(Class<F> type, Map<String, String> fields) {
        var map = new MultivaluedHashMap<String, String>();
        fields.forEach(map::add);
        F form = FormBinder.bind(map, type).form();
        form.normalize();
        return form;
    }

    private static <F extends PublicForm> F sent(Class<F> type, String json) {
        F form = JsonBinder.bind(json, type).form();
        form.normalize();
        return form;
    }

    private static String canonical(String name, Object form) {
        try (var jsonb = JsonbBuilder.create()) {
            return name + " " + jsonb.toJson(form) + "\n" + name + " " + INTAKE.requestHash("endpoint", form) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String violations(String name, Object form) {
        var all = new TreeSet<String>();
        VALIDATOR.validate(form).forEach(v -> all.add(v.getPropertyPath() + ": " + v.getMessage()));
        return name + " " + String.join("; ", all) + "\n";
    }

    @Test
    void hashesAndRefusalsStayAsTheyWere() {
        String all = canonical("verification", posted(TokenForm.class, Map.of("token", " " + TOKEN + " ", "website", "")))
                + canonical("verification-json", sent(TokenForm.class, "{\"token\":\"" + TOKEN + "\"}"))
                + canonical("confirmation", posted(ConfirmationForm.class, Map.of("token", TOKEN, "website", "")))
                + canonical("appeal", posted(AppealForm.class, Map.of("token", TOKEN, "reason", " It is mine. ", "website", "")))
                + canonical("removal", posted(RemovalForm.class, Map.of("token", TOKEN, "email", " Sam@Example.com ",
                        "website", "")))
                + canonical("referral", posted(ReferralForm.class, Map.of("referrerName", "Jane Doe",
                        "referrerEmail", "jane@example.com", "colleagueName", "Sam Lee", "colleagueEmail", "sam@example.com",
                        "permissionConfirmed", "on", "ageConfirmed", "on", "pageUrl", "https://psynergybilling.com/refer",
                        "website", "")))
                + canonical("referral-json", sent(ReferralForm.class, "{\"referrerName\":\"Jane Doe\","
                        + "\"referrerEmail\":\"jane@example.com\",\"colleagues\":[{\"name\":\"Sam Lee\","
                        + "\"email\":\"sam@example.com\"},{\"name\":\"Ann Roe\",\"email\":\"ann@example.com\"}],"
                        + "\"permissionConfirmed\":true,\"ageConfirmed\":true,\"website\":\"\"}"))
                + canonical("privacy-request", posted(PrivacyRequestForm.class, Map.ofEntries(Map.entry("type", "CORRECT"),
                        Map.entry("email", "jane@example.com"), Map.entry("fullName", "Jane Doe"),
                        Map.entry("stateOfResidence", "co"), Map.entry("providerSite", "Springfield"),
                        Map.entry("pageUrl", "https://psynergybilling.com/privacy"), Map.entry("agentName", "Helpers LLC"),
                        Map.entry("agentEmail", "req@helpers.example"), Map.entry("agentSignedPermission", "signed"),
                        Map.entry("correctedFullName", "Jane Roe"), Map.entry("correctedPhone", "+1 217 555 0100"),
                        Map.entry("correctedOrganization", "Clinic"), Map.entry("correctedBusinessAddress", "1 Main St"),
                        Map.entry("correctedPracticeSpecialty", "Cardiology"), Map.entry("correctedProviderCount", "4"),
                        Map.entry("website", ""))))
                + canonical("demo-request", posted(DemoRequestForm.class, Map.ofEntries(Map.entry("fullName", "Jane Doe"),
                        Map.entry("email", "jane@example.com"), Map.entry("organization", "Clinic"),
                        Map.entry("practiceSpecialty", "Cardiology"), Map.entry("ageConfirmed", "on"),
                        Map.entry("partnerSharingConsent", "on"), Map.entry("pageUrl", "https://psynergybilling.com/pricing"),
                        Map.entry("phone", "+1 217 555 0100"), Map.entry("businessAddress", "1 Main St"),
                        Map.entry("providerCount", "4"), Map.entry("requestType", "PRICING"),
                        Map.entry("productInterest", "Billing"), Map.entry("comments", "Hello"), Map.entry("website", ""))))
                + canonical("webinar", posted(WebinarRegistrationForm.class, Map.of("fullName", "Jane Doe",
                        "email", "jane@example.com", "ageConfirmed", "on", "webinarId", "0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10",
                        "website", "")))
                + violations("verification", posted(TokenForm.class, Map.of("token", "not a token!",
                        "website", "x".repeat(2001))))
                + violations("verification-empty", posted(TokenForm.class, Map.of()))
                + violations("confirmation", posted(ConfirmationForm.class, Map.of("token", "not a token!",
                        "website", "x".repeat(2001))))
                + violations("confirmation-long", posted(ConfirmationForm.class, Map.of("token", "a".repeat(300))))
                + violations("appeal", posted(AppealForm.class, Map.of("token", "not a token!", "reason", "a\u0000b",
                        "website", "x".repeat(2001))))
                + violations("appeal-empty", posted(AppealForm.class, Map.of()))
                + violations("removal-empty", posted(RemovalForm.class, Map.of()))
                + violations("removal", posted(RemovalForm.class, Map.of("token", "x y", "email", "nope",
                        "website", "x".repeat(2001))))
                + violations("referral", posted(ReferralForm.class, Map.of("website", "x".repeat(2001))))
                + violations("privacy-request", posted(PrivacyRequestForm.class, Map.of("type", "CORRECT",
                        "website", "x".repeat(2001))))
                + violations("demo-request", posted(DemoRequestForm.class, Map.of("website", "x".repeat(2001))));
        assertEquals(PINNED, all);
    }

    private static final String PINNED = """
            verification {"token":"AbCdEfGhIjKlMnOp.1827628800.1f0e","website":""}
            verification f3574a4204ef75f3378f755b1031707c468fe1ef003ebd4967804e3afc8d06b4
            verification-json {"token":"AbCdEfGhIjKlMnOp.1827628800.1f0e"}
            verification-json cbca75146fda2467dbc2076749fb3e267d436c1fe2a3953dea988166a52c31bc
            confirmation {"token":"AbCdEfGhIjKlMnOp.1827628800.1f0e","website":""}
            confirmation f3574a4204ef75f3378f755b1031707c468fe1ef003ebd4967804e3afc8d06b4
            appeal {"reason":"It is mine.","token":"AbCdEfGhIjKlMnOp.1827628800.1f0e","website":""}
            appeal 6e6d8fb078946524abeb66818c01dc9502a95178924c88938214e71964fd4518
            removal {"email":"Sam@Example.com","token":"AbCdEfGhIjKlMnOp.1827628800.1f0e","tokenOrEmail":true,"website":""}
            removal 3fecbc13bb4be81600d4c537468975406b534226e1fffe1e3e966745f01f6b08
            referral {"ageConfirmed":true,"colleagues":[{"email":"sam@example.com","name":"Sam Lee"}],"pageUrl":"https://psynergybilling.com/refer","permissionConfirmed":true,"referrerEmail":"jane@example.com","referrerName":"Jane Doe","website":""}
            referral 42760448f8e5998d9881bc053765b33337ced0d0ab00ce9bc3f606b356f477d0
            referral-json {"ageConfirmed":true,"colleagues":[{"email":"sam@example.com","name":"Sam Lee"},{"email":"ann@example.com","name":"Ann Roe"}],"permissionConfirmed":true,"referrerEmail":"jane@example.com","referrerName":"Jane Doe","website":""}
            referral-json 8ee510dff7c188f8c743c933da4ea22db529e37e52bac40fa29607864a21892f
            privacy-request {"agent":{"email":"req@helpers.example","name":"Helpers LLC","signedPermission":"signed"},"agentForAgentStates":true,"corrections":{"businessAddress":"1 Main St","fullName":"Jane Roe","organization":"Clinic","phone":"+1 217 555 0100","practiceSpecialty":"Cardiology","providerCount":4},"correctionsWhenCorrecting":true,"email":"jane@example.com","fullName":"Jane Doe","pageUrl":"https://psynergybilling.com/privacy","providerSite":"Springfield","stateOfResidence":"CO","type":"CORRECT","website":""}
            privacy-request a7fac586170a4c3e31b2d2dfb494052d49fdedc075ca01cff043683fcab00ca8
            demo-request {"ageConfirmed":true,"email":"jane@example.com","fullName":"Jane Doe","organization":"Clinic","pageUrl":"https://psynergybilling.com/pricing","partnerSharingConsent":true,"practiceSpecialty":"Cardiology","website":"","businessAddress":"1 Main St","comments":"Hello","phone":"+1 217 555 0100","productInterest":"Billing","providerCount":4,"requestType":"PRICING"}
            demo-request c2786d900e4a41f6adb838d8cf61899893926ec0e10dcf8c10605ccc48d841a0
            webinar {"ageConfirmed":true,"email":"jane@example.com","fullName":"Jane Doe","website":"","webinarId":"0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10"}
            webinar 8ff116137ab89aa1cbb6d7480234318726e20f41ac7b26739c45543532083efc
            verification token: is not a verification token; website: size must be between 0 and 2000
            verification-empty token: must not be blank
            confirmation token: is not a confirmation token; website: size must be between 0 and 2000
            confirmation-long token: size must be between 0 and 101
            appeal reason: must not contain control characters; token: is not an appeal token; website: size must be between 0 and 2000
            appeal-empty reason: must not be blank; token: must not be blank
            removal-empty tokenOrEmail: give the token from the invitation or your email address
            removal email: must be a valid email address; token: is not a removal token; website: size must be between 0 and 2000
            referral ageConfirmed: must be true: the site is for people 18 or older; colleagues: must not be empty; permissionConfirmed: must be true: you need your colleague's permission; referrerEmail: must not be blank; referrerName: must not be blank; website: size must be between 0 and 2000
            privacy-request correctionsWhenCorrecting: a CORRECT request needs corrections: at least one corrected value; email: must not be blank; fullName: must not be blank; website: size must be between 0 and 2000
            demo-request ageConfirmed: must be true: the site is for people 18 or older; email: must not be blank; fullName: must not be blank; website: size must be between 0 and 2000
            """;
}
