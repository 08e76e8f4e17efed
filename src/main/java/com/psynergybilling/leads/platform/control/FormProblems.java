package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Normalizable;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public forms' validation: the form tidied, then every problem with it by field, sorted. Public
 * intake refuses a post that has any; imports apply the same to each row of a file.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static List<FieldError> of(Validator validator, Object form, List<FieldError> bindingErrors) {
        if (form instanceof Normalizable normalizable) {
            normalizable.normalize();
        }
        var errors = new ArrayList<>(bindingErrors);
        var bound = bindingErrors.stream().map(e -> e.field()).toList();
        Violations.fieldErrors(validator.validate(form)).stream()
                .filter(e -> !bound.contains(e.field()))
                .forEach(errors::add);
        errors.sort(Comparator.comparing((FieldError e) -> e.field()));
        return errors;
    }
}
