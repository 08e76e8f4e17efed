package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
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
}
