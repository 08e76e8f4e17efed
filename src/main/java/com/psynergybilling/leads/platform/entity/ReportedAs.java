package com.psynergybilling.leads.platform.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the field a cross-field check ({@code @AssertTrue boolean isSomethingWhenOther()}) reports
 * its violation under: the caller knows the fields it sent, not our method names. Without it such a
 * violation is reported under {@code body}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReportedAs {

    /** A field of the body, as the caller sends it. */
    String value();
}
