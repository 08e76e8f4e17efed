package com.psynergybilling.leads.platform.entity;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line of text, at most {@code max} characters and no control characters ({@link Text#SINGLE_LINE}):
 * {@code @Size(max)} and that {@code @Pattern}, each reporting its own message as when written out.
 * Null passes; a required field adds {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default Text.SINGLE_LINE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
