package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.entity.Problem;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;
import org.junit.jupiter.api.BeforeAll;
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
    void aRefusalNamingNoMediaTypeAnswersProblemJson() {
        // Payara's scan gives a response an empty Content where its annotation names none.
        var emptyContent = OASFactory.createAPIResponse().description("no such campaign")
                .content(OASFactory.createContent());
        var noContent = OASFactory.createAPIResponse().description("the link has expired");
        var shared = OASFactory.createAPIResponse().ref("IdempotencyKeyRunning").content(OASFactory.createContent());
        var json = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)));
        var own = OASFactory.createAPIResponse().description("not a report").content(json);
        var created = OASFactory.createAPIResponse().description("created").content(OASFactory.createContent());
        var responses = OASFactory.createAPIResponses().addAPIResponse("404", emptyContent)
                .addAPIResponse("410", noContent).addAPIResponse("409", shared).addAPIResponse("400", own)
                .addAPIResponse("204", created);

        OpenApiConventions.tidy(responses);

        assertProblem(emptyContent);
        assertProblem(noContent);
        assertTrue(shared.getContent().getMediaTypes().isEmpty(), "a shared response's reference stays as it is");
        assertSame(json, own.getContent());
        assertEquals(List.of("application/json"), List.copyOf(own.getContent().getMediaTypes().keySet()));
        assertTrue(created.getContent().getMediaTypes().isEmpty(), "only 4xx and 5xx are refusals");
    }

    private static void assertProblem(APIResponse response) {
        assertEquals(List.of(Problem.MEDIA_TYPE), List.copyOf(response.getContent().getMediaTypes().keySet()));
        assertTrue(response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef().endsWith("Problem"));
        assertNull(response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getType());
    }

    /**
     * The model's implementation is the server's (Payara's); for these tests, each model interface is
     * a map of its properties: getX/setX, addX(key, value) into the map getXs gives (empty, not null,
     * before the first), and the interfaces' own default methods (the fluent x(value) among them).
     */
    @BeforeAll
    static void plainModel() {
        OASFactoryResolver.setInstance(new OASFactoryResolver() {
            @Override
            public <T extends Constructible> T createObject(Class<T> type) {
                return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, new Properties()));
            }
        });
    }

    private static final class Properties implements InvocationHandler {
        private final Map<String, Object> values = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int count = args == null ? 0 : args.length;
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "model " + values;
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (name.startsWith("get") && count == 0 && method.getReturnType() == Map.class) {
                // as Payara's model: a map property is there, empty, from the start
                return values.computeIfAbsent(name.substring(3), k -> new LinkedHashMap<>());
            }
            if (name.startsWith("get") && count == 0) {
                return values.get(name.substring(3));
            }
            if (name.startsWith("set") && count == 1) {
                values.put(name.substring(3), args[0]);
                return null;
            }
            if (name.startsWith("add") && count == 2) {
                ((Map<String, Object>) values.computeIfAbsent(name.substring(3) + "s", k -> new LinkedHashMap<>()))
                        .put((String) args[0], args[1]);
                return proxy;
            }
            throw new UnsupportedOperationException(method.toString());
        }
    }
}
