package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.boundary.OpenApiTidy;
import org.junit.jupiter.api.Test;

class SecuredOperationsTest {

    @Test
    void theOperationsThatNeedALoginAreReadFromTheResourcesRoles() {
        var secured = SecuredOperations.of(OpenApiTidy.class);
        // a class's @RolesAllowed covers its methods
        assertTrue(secured.contains("GET /api/v1/audit/chain"), secured.toString());
        assertTrue(secured.contains("GET /api/v1/demo-requests/{id}"), secured.toString());
        // a method's @PermitAll opens it; a method's @RolesAllowed closes one of a public class
        assertFalse(secured.contains("GET /api/v1/webinars"), secured.toString());
        assertTrue(secured.contains("POST /api/v1/webinars"), secured.toString());
        assertTrue(secured.contains("GET /api/v1/privacy-requests"), secured.toString());
        // the public forms
        assertFalse(secured.contains("POST /api/v1/demo-requests"), secured.toString());
        assertFalse(secured.contains("POST /api/v1/privacy-requests"), secured.toString());
    }

    @Test
    void aPathIsJoinedAsTheDocumentWritesIt() {
        assertEquals("/api/v1/staff/{username}/tokens",
                SecuredOperations.path("/api/v1", "staff", "{username}/tokens"));
        assertEquals("/api/v1/audit", SecuredOperations.path("/api/v1", "audit/", ""));
        assertEquals("/api/v1/x/{id}", SecuredOperations.path("/api/v1/", "/x", "{id: [0-9a-f-]{36}}"));
    }
}
