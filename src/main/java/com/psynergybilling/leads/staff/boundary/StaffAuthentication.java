package com.psynergybilling.leads.staff.boundary;

import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.control.CrossSite;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.platform.control.ProblemWriter;
import com.psynergybilling.leads.platform.control.RequestIds;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.staff.control.BearerCredential;
import com.psynergybilling.leads.staff.control.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * HTTP Basic for people, {@code Authorization: Bearer} for integrations, and under {@code /console}
 * only the console's session cookie (never anywhere else, so no cross-site request can ride a
 * browser session into the JSON API). A request without
 * credentials stays anonymous (public forms need none; {@code @RolesAllowed} answers 401 where a
 * role is needed). Wrong credentials get one 401 whether or not the user exists. The container asks
 * it through {@link StaffAuthModule}.
 */
@ApplicationScoped
public class StaffAuthentication {

    /** Methods that change nothing. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private static final int MAX_HEADER = 1024;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ConsoleSignIn console;

    /** Who sent the request, or empty for no one; {@link Verdict#ANSWERED} when it was refused here. */
    public Verdict validateRequest(HttpServletRequest request, HttpServletResponse response) {
        // This runs before the servlet filters: its own refusals (401, 429) carry the request's id too.
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        if (ConsoleCookie.appliesTo(request)) {
            return consoleSession(request);
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            return Verdict.ANONYMOUS;
        }
        if (rememberedBasic(request, header)) {
            return send(response, new Problem("cross-site", "Cross-site request refused", 403,
                    "A browser sent this change from another site with the credentials it remembers."
                    + " Staff change data through the console or an API client."), null);
        }
        String client = clientAddress.of(request);
        Credential credential = credential(header);
        String username = credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        var wait = throttle.retryAfter(username, client);
        if (wait.isPresent()) {
            return tooManyFailures(response, wait.get());
        }
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return Verdict.caller(result);
            }
        }
        throttle.failed(username, client);
        return send(response, Problem.forStatus(401), null);
    }

    /**
     * A change another site's page made a browser send with the Basic credentials it remembers (a form
     * posts text/plain with no preflight): refused before the password is even looked at. Reads, and
     * clients that are no browser, are not concerned; a Bearer token is never added by a browser.
     */
    private boolean rememberedBasic(HttpServletRequest request, String header) {
        return header.regionMatches(true, 0, "Basic ", 0, 6) && !SAFE.contains(request.getMethod())
                && CrossSite.sent(request, publicUrl.origin());
    }

    /** What became of a request: anonymous, a known caller, or answered here (401, 403, 429). */
    public record Verdict(CredentialValidationResult caller, boolean answered) {

        static final Verdict ANONYMOUS = new Verdict(null, false);
        static final Verdict ANSWERED = new Verdict(null, true);

        static Verdict caller(CredentialValidationResult valid) {
            return new Verdict(valid, false);
        }
    }

    /** The console knows its users by session alone; an Authorization header there counts for nothing. */
    private Verdict consoleSession(HttpServletRequest request) {
        // A page's own polling (htmx reads) keeps nobody signed in; a page load or a change does.
        boolean byPerson = !("GET".equals(request.getMethod()) && request.getHeader("HX-Request") != null);
        var active = ConsoleCookie.read(request).flatMap(id -> console.resume(id, byPerson));
        if (active.isEmpty()) {
            return Verdict.ANONYMOUS;
        }
        request.setAttribute(ConsoleCookie.ACTIVE, active.get());
        return Verdict.caller(active.get().asCaller());
    }

    private static Credential credential(String header) {
        if (header.length() > MAX_HEADER) {
            return null;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new BearerCredential(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0 && colon <= 64) {
                    return new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static Verdict tooManyFailures(HttpServletResponse response, Duration wait) {
        var problem = new Problem("too-many-failed-logins", "Too many failed logins", 429,
                "Too many failed logins from this user name or address. Try again later.");
        return send(response, problem, wait);
    }

    private static Verdict send(HttpServletResponse response, Problem problem, Duration retryAfter) {
        try {
            if (problem.status == 401) {
                Problem.CHALLENGES.forEach(challenge -> response.addHeader("WWW-Authenticate", challenge));
            }
            if (retryAfter != null) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
            }
            ProblemWriter.write(response, problem);
            return Verdict.ANSWERED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
