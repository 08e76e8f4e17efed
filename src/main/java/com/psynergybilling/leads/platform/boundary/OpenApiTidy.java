package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.OpenApiConventions;
import com.psynergybilling.leads.platform.control.SecuredOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Payara's scanner fills every {@code @Schema} with its defaults ({@code maxProperties: 0},
 * {@code minLength: 0}, {@code nullable: false}, ...). They say nothing, and some say something
 * untrue (an optional field is not non-nullable): drop them. Examples and defaults come from
 * annotations as text: give a number or flag its own type. Then the document-wide conventions
 * ({@link OpenApiConventions}): unique operation ids, security where a login is needed, the shared refusals.
 */
public class OpenApiTidy implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        schema.setMaxProperties(unlessZero(schema.getMaxProperties()));
        schema.setMinProperties(unlessZero(schema.getMinProperties()));
        schema.setMinLength(unlessZero(schema.getMinLength()));
        schema.setMinItems(unlessZero(schema.getMinItems()));
        if (isZero(schema.getMaxItems()) && schema.getMinItems() == null) {
            schema.setMaxItems(null);
        }
        if (isZero(schema.getMaxLength()) && schema.getMinLength() == null) {
            schema.setMaxLength(null);
        }
        schema.setExclusiveMaximum(unlessFalse(schema.getExclusiveMaximum()));
        schema.setExclusiveMinimum(unlessFalse(schema.getExclusiveMinimum()));
        schema.setUniqueItems(unlessFalse(schema.getUniqueItems()));
        schema.setNullable(unlessFalse(schema.getNullable()));
        schema.setReadOnly(unlessFalse(schema.getReadOnly()));
        schema.setWriteOnly(unlessFalse(schema.getWriteOnly()));
        schema.setDeprecated(unlessFalse(schema.getDeprecated()));
        if (schema.getType() == Schema.SchemaType.OBJECT && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getRef() == null && schema.getExample() instanceof String) {
            // An Instant or another value written as text (its example says so): not an object.
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            // A list field with its own @Schema loses its element type in the scan: the lists left so are of text.
            schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        schema.setExample(OpenApiConventions.typed(schema.getType(), schema.getExample()));
        schema.setDefaultValue(OpenApiConventions.typed(schema.getType(), schema.getDefaultValue()));
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        receiptsAtTheirDocumentedPath(openAPI);
        OpenApiConventions.apply(openAPI, SecuredOperations.of(OpenApiTidy.class));
        dropPayaraEndpoints(openAPI);
    }

    static final String RECEIPT = "/receipts/{token}";
    static final String OLD_RECEIPT = "/api/v1/receipts/{token}";

    /**
     * The consent receipt is served at {@code /receipts/{token}} (API.md), outside the API's root, by a
     * servlet that hands it to the JAX-RS resource: the resource's operation is documented at that path,
     * and its own path as what it answers when asked directly, a 308 to the documented one.
     */
    static void receiptsAtTheirDocumentedPath(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItem(OLD_RECEIPT) == null
                || openAPI.getPaths().getPathItem(OLD_RECEIPT).getGET() == null) {
            return;
        }
        PathItem old = openAPI.getPaths().getPathItem(OLD_RECEIPT);
        Operation served = old.getGET();
        openAPI.getPaths().addPathItem(RECEIPT, OASFactory.createPathItem().GET(served).parameters(old.getParameters()));
        var parameters = served.getParameters() == null ? List.<Parameter>of() : served.getParameters();
        Operation moved = OASFactory.createOperation().operationId(served.getOperationId() + "Moved")
                .summary("The receipt's former address: a permanent redirect to /receipts/{token}")
                .description("Links issued before the receipt moved to its documented path keep working: the "
                        + "answer is 308 to /receipts/{token} with the same token and format.")
                .deprecated(true).tags(served.getTags() == null ? null : new ArrayList<>(served.getTags()))
                .parameters(new ArrayList<>(parameters))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("308", OASFactory.createAPIResponse().description("moved to /receipts/{token}")
                                .addHeader("Location", OASFactory.createHeader().description("the receipt's address")
                                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))))
                        // problem+json, as every refusal that names no media type (OpenApiConventions)
                        .addAPIResponse("404", OASFactory.createAPIResponse()
                                .description("not the shape of a receipt's token")));
        openAPI.getPaths().addPathItem(OLD_RECEIPT, OASFactory.createPathItem().GET(moved).parameters(old.getParameters()));
    }

    /**
     * Payara's model adds a top-level {@code endpoints} map, which is no OpenAPI field (validators
     * refuse the document for it). Only Payara's class has the setter; elsewhere there is nothing to drop.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException notPayaras) {
            // not Payara's model: no such field
        }
    }

    private static boolean isZero(Integer value) {
        return value != null && value == 0;
    }

    /** A scanned default of 0 says nothing: not given. */
    private static Integer unlessZero(Integer value) {
        return isZero(value) ? null : value;
    }

    /** A scanned default of false says nothing (or, for nullable, something untrue): not given. */
    private static Boolean unlessFalse(Boolean flag) {
        return Boolean.FALSE.equals(flag) ? null : flag;
    }
}
