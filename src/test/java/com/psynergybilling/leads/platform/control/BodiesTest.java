package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodiesTest {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;

    @Test
    void aFormPostIsDecodedAsABrowserEncodesIt() {
        var bound = Bodies.bind(FORM, "fullName=Dr.+Jos%C3%A9+O%27Neil+%26+Co&ageConfirmed=on&providerCount=%2012%20"
                + "&email=jane%40example.com&unknown=x", DemoRequestForm.class);
        assertTrue(bound.errors().isEmpty(), bound.errors().toString());
        assertEquals("Dr. José O'Neil & Co", bound.form().fullName);
        assertEquals(Boolean.TRUE, bound.form().ageConfirmed);
        assertEquals(12, bound.form().providerCount);
        assertEquals("jane@example.com", bound.form().email);
    }

    @Test
    void aRepeatedNameKeepsEveryValueInOrderAndTheFirstIsBound() {
        var fields = Bodies.fields("a=1&b=&a=2&&=orphan&bare&c=x%3Dy", StandardCharsets.UTF_8);
        assertEquals(List.of("1", "2"), fields.get("a"));
        assertEquals(List.of(""), fields.get("b"));
        assertEquals(List.of("x=y"), fields.get("c"));
        assertNull(fields.getFirst("bare"), "a name without = carries no value");
        assertEquals(3, fields.size(), "a pair without a name is dropped: " + fields);
        assertEquals("Jane", Bodies.bind(FORM, "fullName=Jane&fullName=Joan", DemoRequestForm.class).form().fullName);
    }

    @Test
    void theCharsetOfTheContentTypeDecodesTheEscapes() {
        var latin1 = new MediaType("application", "x-www-form-urlencoded", "ISO-8859-1");
        assertEquals("José", Bodies.bind(latin1, "fullName=Jos%E9", DemoRequestForm.class).form().fullName);
        assertEquals("José", Bodies.bind(FORM, "fullName=Jos%C3%A9", DemoRequestForm.class).form().fullName);
    }

    @Test
    void aCharsetThisMachineDoesNotKnowIsA415Problem() {
        for (String name : new String[]{"x-bogus", "utf-8\"", "?"}) {
            var type = new MediaType("application", "json", java.util.Map.of("charset", name));
            var refused = assertThrows(ProblemException.class, () -> Bodies.charset(type), name);
            assertEquals(415, refused.problem().status, name);
        }
        assertEquals(StandardCharsets.UTF_8, Bodies.charset(null));
        assertEquals(StandardCharsets.ISO_8859_1, Bodies.charset(new MediaType("text", "plain", "latin1")));
    }

    @Test
    void aMalformedEscapeIsA400Problem() {
        for (String body : new String[]{"fullName=%zz", "fullName=100%", "full%G1Name=x", "bare%", "a=%C"}) {
            var refused = assertThrows(ProblemException.class, () -> Bodies.bind(FORM, body, DemoRequestForm.class), body);
            assertEquals(400, refused.problem().status, body);
            assertEquals("bad-request", refused.problem().type.substring(refused.problem().type.lastIndexOf('/') + 1));
        }
    }

    @Test
    void anEmptyFormBindsNothingAndLeavesValidationToSayWhatIsMissing() {
        var bound = Bodies.bind(FORM, "", DemoRequestForm.class);
        assertTrue(bound.errors().isEmpty());
        assertNull(bound.form().fullName);
        assertNull(bound.form().ageConfirmed);
    }

    @Test
    void jsonIsBoundStrictlyByJsonBinder() {
        var bound = Bodies.bind(MediaType.APPLICATION_JSON_TYPE, "{\"fullName\":\"Jane\",\"providerCount\":\"7\"}",
                DemoRequestForm.class);
        assertEquals("Jane", bound.form().fullName);
        assertEquals("providerCount", bound.errors().get(0).field(), "a count as text is refused in JSON");
        assertEquals(7, Bodies.bind(FORM, "providerCount=7", DemoRequestForm.class).form().providerCount,
                "and read from a form, where everything is text");
        var refused = assertThrows(ProblemException.class,
                () -> Bodies.bind(MediaType.APPLICATION_JSON_TYPE, "fullName=Jane", DemoRequestForm.class));
        assertEquals(400, refused.problem().status, "a form's body sent as JSON is no JSON");
        assertEquals("Jane", Bodies.bind(new MediaType("application", "json", "UTF-8"),
                "{\"fullName\":\"Jane\"}", DemoRequestForm.class).form().fullName);
    }
}
