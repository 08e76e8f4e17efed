package com.psynergybilling.leads.people.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's email address: at most {@link EmailAddress#MAX_LENGTH} characters and {@link ValidEmail},
 * each reporting its own message as when written out. Null passes; a required field adds
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = EmailAddress.MAX_LENGTH)
@ValidEmail
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailField {

    String message() default "must be a valid email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
