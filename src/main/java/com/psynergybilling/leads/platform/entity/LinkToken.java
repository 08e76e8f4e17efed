package com.psynergybilling.leads.platform.entity;

import com.psynergybilling.leads.platform.control.SignedIds;
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
 * The token of a signed link: at most {@code max} characters of the one shape {@link SignedIds} makes,
 * refused with {@code message} (which says what token it should have been) otherwise. {@code @Size(max)}
 * and {@code @Pattern(SignedIds.SHAPE)}, each reporting its own message as when written out. Null
 * passes; a required token adds {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@Pattern(regexp = SignedIds.SHAPE)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LinkToken {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
