package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed} on resources: 401 (with the schemes to use) when nobody is logged in,
 * 403 when the caller lacks the role. Portable JAX-RS, no container switch needed.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        var method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Filter(List.of()));
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Filter(Arrays.asList(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException(Problem.CHALLENGES.get(0));
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
