package com.psynergybilling.leads.staff.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The container's way in to {@link StaffAuthentication} (Jakarta Authentication): it tells the
 * container the caller and their groups, or that the request is anonymous. Registered for this
 * application alone by {@link StaffAuthRegistration}. It holds the bean it asks, so a request costs no
 * lookup: Jakarta Security's own bridge to an {@code HttpAuthenticationMechanism} looked the bean up
 * through JNDI twice per request (7.5 % of a public form's profile samples here).
 */
final class StaffAuthModule implements ServerAuthModule {

    private final StaffAuthentication authentication;
    /** The container's handler: the same for every request, though the container may hand it over again. */
    private volatile CallbackHandler container;

    StaffAuthModule(StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           Map<String, Object> options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[]{HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        var verdict = authentication.validateRequest((HttpServletRequest) message.getRequestMessage(),
                (HttpServletResponse) message.getResponseMessage());
        if (verdict.answered()) {
            return AuthStatus.SEND_FAILURE;
        }
        var caller = verdict.caller();
        if (caller == null) {
            // Anonymous: the request goes on, and @RolesAllowed refuses it where a role is needed.
            tell(new CallerPrincipalCallback(client, (Principal) null));
        } else {
            tell(new CallerPrincipalCallback(client, caller.getCallerPrincipal()),
                    new GroupPrincipalCallback(client, caller.getCallerGroups().toArray(String[]::new)));
        }
        return AuthStatus.SUCCESS;
    }

    private void tell(Callback... callbacks) throws AuthException {
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("the container refused the caller").initCause(e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
