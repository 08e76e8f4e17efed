package com.psynergybilling.leads.platform.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The web page a form was sent from: an http or https URL ({@link Text#WEB_URL}) of at most 2000
 * characters; {@code @Size} and that {@code @Pattern}, each reporting its own message as when written
 * out. Null passes.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 2000)
@Pattern(regexp = Text.WEB_URL, message = WebUrl.MESSAGE)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

    String MESSAGE = "must be an http or https URL";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
