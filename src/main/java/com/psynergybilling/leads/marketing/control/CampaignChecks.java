package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.mail.control.Placeholders;
import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.marketing.entity.CampaignForm;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.policy.entity.Policy;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What Bean Validation cannot say about a campaign: placeholders, form codes, the date. */
public final class CampaignChecks {

    private CampaignChecks() {
    }

    public static List<FieldError> errors(CampaignForm form, Policy policy) {
        var errors = new ArrayList<FieldError>();
        placeholders("subject", form.subject, errors);
        placeholders("textBody", form.textBody, errors);
        placeholders("htmlBody", form.htmlBody, errors);
        if (form.audience != null) {
            for (int i = 0; i < form.audience.sources.size(); i++) {
                String source = form.audience.sources.get(i);
                if (source != null && policy.form(source).isEmpty()) {
                    errors.add(new FieldError("audience.sources[" + i + "]", "is not a form of the policy in force"));
                }
            }
            if (form.audience.collectedSince != null && since(form.audience.collectedSince) == null) {
                errors.add(new FieldError("audience.collectedSince",
                        "must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z"));
            }
        }
        return errors;
    }

    /** The audience of a form that {@link #errors} found nothing wrong with. */
    public static Audience audience(CampaignForm form) {
        return new Audience(form.audience.sources, form.audience.practiceSpecialties,
                form.audience.collectedSince == null ? null : since(form.audience.collectedSince));
    }

    private static void placeholders(String field, String template, List<FieldError> errors) {
        if (template != null) {
            Placeholders.problems(template).forEach(problem -> errors.add(new FieldError(field, problem)));
        }
    }

    private static Instant since(String value) {
        try {
            return Moments.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
