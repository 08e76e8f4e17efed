package com.psynergybilling.leads.platform.boundary;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Payara's scanner adds filler to {@code @Schema} objects (maxProperties: 0 and the like): drop it. */
public class OpenApiTidy implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxItems()) && schema.getMinItems() == null) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxLength()) && schema.getMinLength() == null) {
            schema.setMaxLength(null);
        }
        return schema;
    }
}
