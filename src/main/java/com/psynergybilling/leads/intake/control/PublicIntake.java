package com.psynergybilling.leads.intake.control;

import com.psynergybilling.leads.intake.entity.Normalizable;
import com.psynergybilling.leads.platform.control.Browsers;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.Violations;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way every public form comes in: bound from JSON or an HTML form, validated as a whole,
 * answered as JSON to programs and with a redirect to the thank-you page to browsers.
 */
@ApplicationScoped
public class PublicIntake {

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "leads.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "leads.thank.you.url")
    Optional<String> thankYouUrl;

    public <T> T fromForm(MultivaluedMap<String, String> fields, Class<T> type) {
        var bound = FormBinder.bind(fields, type);
        return validated(bound.form(), bound.errors());
    }

    public <T> T fromJson(T body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        return validated(body, List.of());
    }

    private <T> T validated(T form, List<FieldError> bindingErrors) {
        if (form instanceof Normalizable normalizable) {
            normalizable.normalize();
        }
        var errors = new ArrayList<>(bindingErrors);
        var bound = bindingErrors.stream().map(e -> e.field).toList();
        Violations.fieldErrors(validator.validate(form)).stream()
                .filter(e -> !bound.contains(e.field))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((FieldError e) -> e.field));
            throw new ProblemException(new Problem("validation", "Invalid request", 400,
                    errors.size() == 1 ? "1 field needs attention." : errors.size() + " fields need attention.")
                    .withErrors(errors));
        }
        return form;
    }

    /** The answer to an accepted form: the JSON body for programs, 303 to the thank-you page for browsers. */
    public Response accepted(HttpHeaders request, Response.Status status, Object body) {
        if (Browsers.postedAFormAndWantsHtml(request)) {
            return Response.seeOther(thankYouPage()).build();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    URI thankYouPage() {
        return URI.create(thankYouUrl.filter(u -> !u.isBlank())
                .orElse(publicUrl.replaceAll("/+$", "") + "/thank-you"));
    }
}
