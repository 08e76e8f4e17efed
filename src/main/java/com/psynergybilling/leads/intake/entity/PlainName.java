package com.psynergybilling.leads.intake.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A name that carries no message: no web address, nothing a mail client would turn into a link
 * ({@code word.tld}), no {@code @}, no phone number. A name that goes into mail someone else receives
 * (a referral's subject and greeting) must not be a way to send them "reset at evil.example".
 * Null is left to {@code @NotBlank}. A few real names get refused ({@code St.Clair}, {@code M.Sc}):
 * written with a space after the dot they pass.
 */
@Documented
@Constraint(validatedBy = PlainName.Check.class)
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainName {

    String message() default "must be a name only: no web address, domain, email address or phone number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainName, String> {

        /** A scheme or a web prefix, in any case: http://, hxxp://, www. */
        private static final Pattern LINK = Pattern.compile("(?i)(://|\\bw{3}\\.|\\b[a-z][a-z0-9+.-]*:/)");
        /** A label, a dot and two or more letters with no space between: evil.example, xn--p1ai.рф. */
        private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}]\\.\\p{L}{2,}");
        /** Seven or more digits of any script, apart or run together with spaces and phone punctuation. */
        private static final Pattern PHONE = Pattern.compile("\\p{Nd}(?:[\\s().+/-]*\\p{Nd}){6,}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || plain(value);
        }

        public static boolean plain(String name) {
            return name.indexOf('@') < 0 && name.indexOf('\uFF20') < 0 && !LINK.matcher(name).find()
                    && !DOMAIN.matcher(name).find() && !PHONE.matcher(name).find();
        }
    }
}
