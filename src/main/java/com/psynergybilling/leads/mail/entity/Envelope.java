package com.psynergybilling.leads.mail.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import java.util.Map;
import java.util.Objects;

/**
 * A message to queue: its unique key (per referred address, per campaign and person, ...), the
 * validated recipient, the template and the values it is filled with (escaped when rendered), and
 * the business record it belongs to, for the guards that re-check it at send time; rarely, a file
 * to attach.
 */
public record Envelope(String messageKey, EmailAddress recipient, String template, Map<String, String> model,
                       String reference, Attachment attachment) {

    public Envelope(String messageKey, EmailAddress recipient, String template, Map<String, String> model,
                    String reference) {
        this(messageKey, recipient, template, model, reference, null);
    }

    public Envelope {
        Objects.requireNonNull(messageKey);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(template);
        model = Map.copyOf(model);
    }
}
