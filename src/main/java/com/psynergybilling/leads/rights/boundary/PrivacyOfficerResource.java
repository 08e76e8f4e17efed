package com.psynergybilling.leads.rights.boundary;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * What the privacy officer's resources share: every call is a step of {@link PrivacyOfficerSteps},
 * taken in the name of the officer signed in. A subclass keeps its own {@code @RolesAllowed}, which
 * is not inherited.
 */
abstract class PrivacyOfficerResource {

    /** Builds the small JSON answers that have no class of their own. */
    static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PrivacyOfficerSteps steps;

    @Context
    SecurityContext security;

    /** The officer making the call, as the steps record them. */
    String officer() {
        return security.getUserPrincipal().getName();
    }
}
