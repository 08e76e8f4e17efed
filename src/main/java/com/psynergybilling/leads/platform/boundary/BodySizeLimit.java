package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Bodies;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.RefusedBodies;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every body here, once, before anything else does: refuses one over {@code LEADS_MAX_BODY_BYTES}
 * ({@code LEADS_MAX_CAMPAIGN_BYTES} for campaigns, {@code LEADS_MAX_BOUNCE_BYTES} for delivery reports,
 * {@code LEADS_IMPORT_MAX_BYTES} for imports, each only from a caller holding that endpoint's role)
 * with problem+json, chunked or not, reading at most
 * one byte past the cap; answers a body that stalls past the listener's read timeout with 408 and one
 * broken off with 400, each with one log line instead of a stack trace; refuses a charset this machine
 * does not know with 415. The listener's own size limit
 * is off (config/pre-boot-commands.asadmin): it answers in HTML.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "leads.max.body.bytes", defaultValue = Defaults.LEADS_MAX_BODY_BYTES)
    int maxBytes;

    /** Campaign bodies (staff, authenticated) carry whole letters: a cap of their own. */
    @Inject
    @ConfigProperty(name = "leads.max.campaign.bytes", defaultValue = Defaults.LEADS_MAX_CAMPAIGN_BYTES)
    int maxCampaignBytes;

    /** A delivery report may carry the whole returned message (token-guarded: the MTA's pipe or a relay). */
    @Inject
    @ConfigProperty(name = "leads.max.bounce.bytes", defaultValue = Defaults.LEADS_MAX_BOUNCE_BYTES)
    int maxBounceBytes;
    /** Import files (admin, authenticated): a cap of their own. */
    @Inject
    @ConfigProperty(name = "leads.import.max.bytes", defaultValue = Defaults.LEADS_IMPORT_MAX_BYTES)
    int maxImportBytes;

    @Inject
    RefusedBodies refused;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        try {
            Bodies.charset(request.getMediaType());
        } catch (ProblemException unknown) {
            throw refused.refuse(servletRequest, unknown);
        }
        int cap = cap(request.getUriInfo().getPath());
        if (request.getLength() > cap) {
            throw refused.refuse(servletRequest, tooLarge(cap));
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(cap + 1);
        } catch (IOException broken) {
            if (hungUp(broken)) {
                ClientGone.mark(servletRequest);
            }
            throw refused.refuse(servletRequest, unread(broken));
        }
        if (body.length > cap) {
            throw refused.refuse(servletRequest, tooLarge(cap));
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /**
     * The cap for a body to {@code path}: a larger one only for a caller already signed in (the
     * authentication module ran before this filter) with the role its endpoint needs. A stranger's body
     * is held to the public cap wherever it is posted, so an anonymous post to the import path cannot
     * make this service read and parse 32 MiB before the role check refuses it.
     */
    private int cap(String path) {
        if (path.startsWith("campaigns") && servletRequest.isUserInRole("marketing")) {
            return maxCampaignBytes;
        }
        if (path.startsWith("mail/bounces") && servletRequest.isUserInRole("bounces")) {
            return maxBounceBytes;
        }
        if (path.startsWith("imports") && servletRequest.isUserInRole("admin")) {
            return maxImportBytes;
        }
        return maxBytes;
    }

    private static ProblemException tooLarge(int cap) {
        return new ProblemException(new Problem("payload-too-large", "Payload too large", 413,
                "The body may be at most " + cap + " bytes."));
    }

    /** The client closed the connection mid-body: nobody is left to read an answer. */
    static boolean hungUp(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** 408 when the client stopped sending (the listener's read timeout), 400 when the body was cut off. */
    static ProblemException unread(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
                return new ProblemException(new Problem("request-timeout", "Request timeout", 408,
                        "The body did not arrive in time."));
            }
        }
        return new ProblemException(new Problem("incomplete-body", "Incomplete body", 400,
                "The body ended before it was complete."));
    }
}
