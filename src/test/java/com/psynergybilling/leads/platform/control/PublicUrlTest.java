package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void pathsGoUnderTheUrlWhateverSlashesItEndsIn() {
        assertEquals("https://leads.example/console", TestPublicUrl.of("https://leads.example").of("/console"));
        assertEquals("https://leads.example/console", TestPublicUrl.of("https://leads.example//").of("/console"));
    }

    @Test
    void httpsAndOriginComeFromTheConfiguredUrl() {
        var url = TestPublicUrl.of("https://leads.example:8443/base/");
        assertTrue(url.https());
        assertEquals("https://leads.example:8443", url.origin());
        assertFalse(TestPublicUrl.of("http://localhost:8080").https());
    }
}
