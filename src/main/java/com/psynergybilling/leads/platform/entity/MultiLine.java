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
 * Text of at most {@code max} characters, line breaks and tabs allowed but no other control character
 * ({@link Text#MULTI_LINE}): {@code @Size(max)} and that {@code @Pattern}, each reporting its own
 * message as when written out. Null passes; a required field adds {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@Pattern(regexp = Text.MULTI_LINE, message = Text.MULTI_LINE_MESSAGE)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default Text.MULTI_LINE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
