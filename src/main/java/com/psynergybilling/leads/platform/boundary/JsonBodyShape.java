package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.RefusedBodies;
import com.psynergybilling.leads.platform.control.StrictJson;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every JSON body, on every endpoint, is read strictly once before a resource or JSON-B sees it
 * ({@link StrictJson}: nesting at most 32 deep, no member twice, well-formed). A refusal is a 400
 * problem that counts toward the client's rate; nothing deep ever reaches a recursive reader.
 * Runs after {@link BodySizeLimit}, which has buffered the body.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 90)
public class JsonBodyShape implements ContainerRequestFilter {

    @Inject
    RefusedBodies refused;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !isJson(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return;
        }
        try {
            StrictJson.check(text);
        } catch (ProblemException refusal) {
            throw refused.refuse(servletRequest, refusal);
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
