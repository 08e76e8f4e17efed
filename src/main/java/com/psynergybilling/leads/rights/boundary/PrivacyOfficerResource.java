package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.platform.boundary.StaffCallResource;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;

/**
 * What the privacy officer's resources share: every call is a step of {@link PrivacyOfficerSteps},
 * taken in the name of the officer signed in. A subclass keeps its own {@code @RolesAllowed}, which
 * is not inherited.
 */
abstract class PrivacyOfficerResource extends StaffCallResource {

    /** Builds the small JSON answers that have no class of their own. */
    static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PrivacyOfficerSteps steps;
}
