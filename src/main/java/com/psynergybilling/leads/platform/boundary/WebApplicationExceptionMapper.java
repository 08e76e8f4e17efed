package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * JAX-RS's own refusals (unknown path, wrong method, wrong media type, ...) as problem+json, keeping
 * the headers that matter to the caller (Allow, Retry-After) and the challenges of a 401.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER);

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        var answer = Response.fromResponse(responses.of(Problem.forStatus(status), headers));
        for (String header : KEPT_HEADERS) {
            var value = original.getHeaderString(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        if (status == 401) {
            Problem.CHALLENGES.forEach(challenge -> answer.header(HttpHeaders.WWW_AUTHENTICATE, challenge));
        }
        return answer.build();
    }
}
