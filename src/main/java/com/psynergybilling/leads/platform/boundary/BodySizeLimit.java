package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over {@code LEADS_MAX_BODY_BYTES} with problem+json, chunked or not, reading at most
 * one byte past the cap. The listener's own limit is off (config/pre-boot-commands.asadmin): it answers in HTML.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "leads.max.body.bytes", defaultValue = "65536")
    int maxBytes;

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private jakarta.ws.rs.core.Response tooLarge() {
        return responses.of(new Problem("payload-too-large", "Payload too large", 413,
                "The body may be at most " + maxBytes + " bytes."), headers);
    }
}
