package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    @Test
    void stricTransportSecurityOnlyWhenPublishedOverHttps() {
        assertEquals("max-age=31536000",
                ResponseHeaders.forPublicUrl("https://leads.psynergybilling.com").get("Strict-Transport-Security"));
        assertEquals("max-age=31536000", ResponseHeaders.forPublicUrl(" HTTPS://x.example ").get("Strict-Transport-Security"));
        assertFalse(ResponseHeaders.forPublicUrl("http://localhost:8080").containsKey("Strict-Transport-Security"));
        assertFalse(ResponseHeaders.forPublicUrl(null).containsKey("Strict-Transport-Security"));
    }

    @Test
    void everyAnswerKeepsBrowsersFromSniffingFramingAndLeaking() {
        var headers = ResponseHeaders.forPublicUrl("http://leads.test");
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals(ResponseHeaders.CSP, headers.get("Content-Security-Policy"));
    }
}
