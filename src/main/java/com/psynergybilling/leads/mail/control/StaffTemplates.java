package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.StaffTemplate;
import java.util.Optional;

/**
 * Where the dispatcher finds a template that staff wrote, by the name its outbox message carries
 * (the kept library under {@code mail/} holds only the service's own). Implemented by the component
 * that stores them, so mail never depends on it.
 */
public interface StaffTemplates {

    /** The template called {@code name}, or empty when this source has none by that name. */
    Optional<StaffTemplate> find(String name);
}
