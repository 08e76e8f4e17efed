package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON it claims to be; the parser's message is not shown. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return responses.of(malformed(), headers);
    }

    static Problem malformed() {
        return new Problem("malformed-body", "Malformed body", 400,
                "The body is not well-formed JSON of the expected shape.");
    }
}
