package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Turns a problem into an answer: problem+json for programs, an HTML page that says what to fix for
 * a plain HTML form posted by a browser.
 */
@ApplicationScoped
public class ErrorResponses {

    @Inject
    Pages pages;

    public Response of(Problem problem, HttpHeaders request) {
        if (request != null && Browsers.postedAFormAndWantsHtml(request)) {
            String html = pages.render("form-error", Map.of(
                    "title", problem.title,
                    "detail", problem.detail == null ? "" : problem.detail,
                    "hasErrors", problem.errors != null && !problem.errors.isEmpty(),
                    "errors", problem.errors == null ? List.of() : problem.errors));
            return Response.status(problem.status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(html).build();
        }
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
