package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id, which is all the caller learns. The database out
 * of reach is foreseen: a 503 with Retry-After ({@link DatabaseOutageMapper}).
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        var outage = DatabaseOutageMapper.answer(exception, responses, headers);
        if (outage.isPresent()) {
            return outage.get();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        var problem = new Problem("internal", "Internal error", 500,
                "Something went wrong on our side. Quote incident " + incident + " if you contact us.");
        return responses.of(problem, headers);
    }
}
