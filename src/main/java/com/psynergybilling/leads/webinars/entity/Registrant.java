package com.psynergybilling.leads.webinars.entity;

import com.psynergybilling.leads.people.entity.Submission;
import java.time.Instant;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registrant as marketing sees them: only the fields whose category the policy's permit covers
 * (the others stay null), so the list never shows more than the use allows.
 */
@Schema(name = "Registrant")
public class Registrant {

    public String registrationId;
    @Schema(description = "ISO-8601, UTC")
    public Instant registeredAt;
    public String fullName;
    public String email;
    public String organization;
    public String practiceSpecialty;

    /** @param shown whether a form field (by its policy name) may be shown */
    public static Registrant of(WebinarRegistration registration, Predicate<String> shown) {
        Submission submission = registration.submission();
        var registrant = new Registrant();
        registrant.registrationId = registration.id();
        registrant.registeredAt = registration.registeredAt();
        registrant.fullName = shown.test("fullName") ? submission.fullName() : null;
        registrant.email = shown.test("email") ? submission.person().email().value() : null;
        registrant.organization = shown.test("organization") ? submission.organization() : null;
        registrant.practiceSpecialty = shown.test("practiceSpecialty") ? submission.practiceSpecialty() : null;
        return registrant;
    }
}
