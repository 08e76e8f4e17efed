package com.psynergybilling.leads.intake.entity;

import com.psynergybilling.leads.platform.entity.FormText;
import com.psynergybilling.leads.platform.entity.Normalizable;

/** What the intake mechanism needs to know of every public form. */
public interface PublicForm extends Normalizable {

    /** The hidden field only bots fill in ({@link FormText#HONEYPOT}), as sent. */
    default String honeypot() {
        return FormText.honeypot(this);
    }

    /** The address of the person the form is about, once validated. */
    String email();
}
