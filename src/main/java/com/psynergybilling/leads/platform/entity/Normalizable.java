package com.psynergybilling.leads.platform.entity;

/** A form that tidies its own fields (trimming, empty as absent) before it is validated. */
public interface Normalizable {

    /**
     * Every text field trimmed, an empty one not given ({@link FormText#clean}). A form with more to
     * tidy (fields to fold, a value to upper-case) adds it after this.
     */
    default void normalize() {
        FormText.clean(this);
    }
}
