package com.psynergybilling.leads.policy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyResourceTest {

    @Test
    void onlyAClientThatNamesHtmlFirstGetsTheFragment() {
        assertEquals(true, PolicyResource.prefersHtml(List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE)));
        assertEquals(true, PolicyResource.prefersHtml(List.of(MediaType.TEXT_HTML_TYPE,
                MediaType.APPLICATION_XHTML_XML_TYPE, MediaType.WILDCARD_TYPE)));
        assertEquals(false, PolicyResource.prefersHtml(List.of(MediaType.WILDCARD_TYPE)));
        assertEquals(false, PolicyResource.prefersHtml(List.of(new MediaType("text", "*"))));
        assertEquals(false, PolicyResource.prefersHtml(List.of(MediaType.TEXT_PLAIN_TYPE)));
        assertEquals(false, PolicyResource.prefersHtml(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)));
        assertEquals(false, PolicyResource.prefersHtml(List.of()));
    }
}
