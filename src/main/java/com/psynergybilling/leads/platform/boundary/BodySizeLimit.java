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
 * Refuses a body over {@code LEADS_MAX_BODY_BYTES} ({@code LEADS_MAX_CAMPAIGN_BYTES} for campaigns) with problem+json, chunked or not, reading at most
 * one byte past the cap. The listener's own limit is off (config/pre-boot-commands.asadmin): it answers in HTML.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "leads.max.body.bytes", defaultValue = "65536")
    int maxBytes;

    /** Campaign bodies (staff, authenticated) carry whole letters: a cap of their own. */
    @Inject
    @ConfigProperty(name = "leads.max.campaign.bytes", defaultValue = "1048576")
    int maxCampaignBytes;

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        int cap = request.getUriInfo().getPath().startsWith("campaigns") ? maxCampaignBytes : maxBytes;
        if (request.getLength() > cap) {
            request.abortWith(tooLarge(cap));
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(cap + 1);
        if (body.length > cap) {
            request.abortWith(tooLarge(cap));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private jakarta.ws.rs.core.Response tooLarge(int cap) {
        return responses.of(new Problem("payload-too-large", "Payload too large", 413,
                "The body may be at most " + cap + " bytes."), headers);
    }
}
