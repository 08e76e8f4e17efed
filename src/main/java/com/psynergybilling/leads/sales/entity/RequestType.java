package com.psynergybilling.leads.sales.entity;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of request sales works on; each is its own form in the policy. */
public enum RequestType {
    DEMO, PRICING, PRODUCT_INFO;

    public String form() {
        return name() + "_REQUEST";
    }

    public static Optional<RequestType> ofForm(String form) {
        return Arrays.stream(values()).filter(t -> t.form().equals(form)).findFirst();
    }
}
