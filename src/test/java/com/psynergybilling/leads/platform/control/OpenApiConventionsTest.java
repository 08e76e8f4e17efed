package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    @Test
    void aSharedOperationIdIsQualifiedByItsPath() {
        assertEquals("DemoRequests", OpenApiConventions.qualifier("/api/v1/demo-requests/{id}"));
        assertEquals("PolicyFormsNotice", OpenApiConventions.qualifier("/api/v1/policy/forms/{form}/notice"));
    }

    @Test
    void examplesWrittenAsTextTakeTheirSchemasType() {
        assertEquals(BigInteger.valueOf(400), OpenApiConventions.typed(Schema.SchemaType.INTEGER, "400"));
        assertEquals(Boolean.TRUE, OpenApiConventions.typed(Schema.SchemaType.BOOLEAN, "true"));
        assertEquals(List.of("sales"), OpenApiConventions.typed(Schema.SchemaType.ARRAY, "[\"sales\"]"));
        assertEquals("x", OpenApiConventions.typed(Schema.SchemaType.STRING, "x"));
        assertEquals(Map.of("status", "RECEIVED"), OpenApiConventions.parsedJson("{\"status\":\"RECEIVED\"}"));
        assertEquals("not json", OpenApiConventions.parsedJson("not json"));
    }

    @Test
    void aFormShowsNoExampleCopiedFromTheJsonBody() {
        var json = media(Map.of("demo", example("{\"fullName\":\"Jane\"}")));
        var copied = media(Map.of("demo", example("{\"fullName\":\"Jane\"}")));
        OpenApiConventions.noJsonExamplesOnForms(Map.of("application/json", json, "application/x-www-form-urlencoded", copied));
        assertNull(copied.getExamples(), "the JSON body's example is not the form's");
        assertEquals(1, json.getExamples().size(), "and stays the JSON body's");
        var own = media(Map.of("demo", example("fullName=Jane")));
        OpenApiConventions.noJsonExamplesOnForms(Map.of("application/json", json, "application/x-www-form-urlencoded", own));
        assertEquals(1, own.getExamples().size(), "a form's own example stays");
    }

    /** A media type holding only its examples (the model's implementation is the server's). */
    private static MediaType media(Map<String, Example> examples) {
        var state = new HashMap<String, Object>(Map.of("examples", examples));
        return (MediaType) Proxy.newProxyInstance(MediaType.class.getClassLoader(), new Class<?>[]{MediaType.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExamples" -> state.get("examples");
                    case "setExamples" -> {
                        state.put("examples", args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Example example(Object value) {
        return (Example) Proxy.newProxyInstance(Example.class.getClassLoader(), new Class<?>[]{Example.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getValue")) {
                        return value;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
