package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.control.Violations;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var errors = Violations.fieldErrors(exception.getConstraintViolations());
        var problem = new Problem("validation", "Invalid request", 400,
                errors.size() == 1 ? "1 field needs attention." : errors.size() + " fields need attention.")
                .withErrors(errors);
        return responses.of(problem, headers);
    }
}
