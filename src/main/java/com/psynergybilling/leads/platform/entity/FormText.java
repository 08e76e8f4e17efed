package com.psynergybilling.leads.platform.entity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * How every form tidies its text, written once: each public text field (the fields the form binder
 * binds, a superclass's included) is trimmed and an empty one is not given ({@link Text#clean}), as an
 * HTML form sends them. The honeypot is the exception: it is kept exactly as sent, so that a blank one
 * stays blank rather than absent (the Idempotency-Key request hash writes it) and any filling at all
 * gives a bot away.
 */
public final class FormText {

    /** The field of a public form that only bots fill in: hidden from people, named alike on every form. */
    public static final String HONEYPOT = "website";

    private static final ClassValue<List<Field>> TEXTS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return Arrays.stream(type.getFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                    .filter(f -> !f.getName().equals(HONEYPOT))
                    .toList();
        }
    };

    /** Each form class's honeypot field, looked up once rather than on every post; null when it has none. */
    private static final ClassValue<Field> HONEYPOTS = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            try {
                return type.getField(HONEYPOT);
            } catch (NoSuchFieldException e) {
                return null;
            }
        }
    };

    private FormText() {
    }

    /** Trims each of the form's text fields but the honeypot, an empty one becoming null. */
    public static void clean(Object form) {
        try {
            for (Field field : TEXTS.get(form.getClass())) {
                field.set(form, Text.clean((String) field.get(form)));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Form class " + form.getClass().getSimpleName() + " cannot be tidied", e);
        }
    }

    /** What the form's honeypot holds, as sent; a public form without one is a programming error. */
    public static String honeypot(Object form) {
        Field field = HONEYPOTS.get(form.getClass());
        if (field == null) {
            throw new IllegalStateException("Form class " + form.getClass().getSimpleName() + " has no honeypot");
        }
        try {
            return (String) field.get(form);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Form class " + form.getClass().getSimpleName()
                    + " has no readable honeypot", e);
        }
    }
}
