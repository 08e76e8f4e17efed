package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.List;

/**
 * A bound form checked as a whole: public forms, staff forms and console forms alike get every
 * problem at once, by field, in one 400 problem.
 */
@ApplicationScoped
public class Forms {

    @Inject
    ValidatorFactory validation;

    private volatile Validator validator;

    /**
     * The validator for what this service validates: forms, console forms and import rows, plain
     * objects all (no entity carries a constraint), so every property is reachable. The container's
     * default resolver asks the persistence provider, under a lock, about every property validated.
     */
    public Validator validator() {
        Validator known = validator;
        if (known == null) {
            known = validation.usingContext().traversableResolver(new Everything()).getValidator();
            validator = known;
        }
        return known;
    }

    private static final class Everything implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    }

    /** The form, tidied and checked; throws a 400 problem listing every binding and validation error. */
    public <T> T validated(T form, List<FieldError> bindingErrors) {
        if (form == null) {
            throw ProblemException.badRequest("A body is required.");
        }
        var errors = FormProblems.of(validator(), form, bindingErrors);
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("validation", "Invalid request", 400,
                    errors.size() == 1 ? "1 field needs attention." : errors.size() + " fields need attention.")
                    .withErrors(errors));
        }
        return form;
    }
}
