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
 * A person's (or an agent's) name as every form takes it: at most 200 characters, those of
 * {@link Text#NAME}; {@code @Size} and that {@code @Pattern}, each reporting its own message as when
 * written out. Null passes; a required field adds {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 200)
@Pattern(regexp = Text.NAME, message = Text.NAME_MESSAGE)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

    String message() default Text.NAME_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
