package com.psynergybilling.leads.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * What every staff resource shares: the name of the staff user (or service token) making the call,
 * which its actions record as who did it (the audit's actor). Read only in a method behind
 * {@code @RolesAllowed}: {@link RoleCheck} has refused a call without a login before such a method runs.
 */
public abstract class StaffCallResource {

    @Context
    private SecurityContext security;

    /** Who is making the call: the signed-in user's or token's name. */
    protected String caller() {
        return security.getUserPrincipal().getName();
    }
}
