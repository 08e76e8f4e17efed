package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy notice and the receipt pages answer HTML only to a client that names it before JSON. */
class BrowsersTest {

    @Test
    void onlyAClientThatNamesHtmlFirstGetsTheFragment() {
        assertEquals(true, Browsers.namesHtmlBeforeJson(List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE)));
        assertEquals(true, Browsers.namesHtmlBeforeJson(List.of(MediaType.TEXT_HTML_TYPE,
                MediaType.APPLICATION_XHTML_XML_TYPE, MediaType.WILDCARD_TYPE)));
        assertEquals(false, Browsers.namesHtmlBeforeJson(List.of(MediaType.WILDCARD_TYPE)));
        assertEquals(false, Browsers.namesHtmlBeforeJson(List.of(new MediaType("text", "*"))));
        assertEquals(false, Browsers.namesHtmlBeforeJson(List.of(MediaType.TEXT_PLAIN_TYPE)));
        assertEquals(false, Browsers.namesHtmlBeforeJson(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)));
        assertEquals(false, Browsers.namesHtmlBeforeJson(List.of()));
    }
}
