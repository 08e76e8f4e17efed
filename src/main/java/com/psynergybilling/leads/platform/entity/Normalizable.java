package com.psynergybilling.leads.platform.entity;

/** A form that tidies its own fields (trimming, empty as absent) before it is validated. */
public interface Normalizable {

    void normalize();
}
