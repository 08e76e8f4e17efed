package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.control.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProblemException exception) {
        var response = responses.of(exception.problem(), headers);
        return exception.retryAfter()
                .map(wait -> Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, wait.toSeconds()).build())
                .orElse(response);
    }
}
