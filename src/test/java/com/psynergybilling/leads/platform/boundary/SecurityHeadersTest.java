package com.psynergybilling.leads.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void theConsoleAllowsNothingInline() {
        String console = SecurityHeaders.policyFor("/console/sales");
        assertFalse(console.contains("unsafe-inline"), console);
        assertTrue(console.contains("script-src 'self'") && console.contains("style-src 'self'"), console);
    }

    @Test
    void swaggerUiRunsOnlyItsOwnScripts() {
        String ui = SecurityHeaders.policyFor("/openapi/ui");
        assertTrue(ui.contains("script-src 'self';"), ui);
        assertTrue(ui.contains("connect-src 'self'"), ui);
    }

    @Test
    void publicPagesRunNoScriptAtAll() {
        assertFalse(SecurityHeaders.policyFor("/unsubscribe").contains("script-src"));
    }
}
