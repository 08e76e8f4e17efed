package com.psynergybilling.leads.platform.control;

import java.util.Locale;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The migrations name columns in snake_case, the entities name attributes in camelCase: an attribute
 * without a column name of its own maps to the snake_case of its name ({@code receivedAt} to
 * {@code received_at}), so that {@code @Column(name = ...)} is written only where the column is named
 * otherwise. JPA has no naming strategy and EclipseLink's default is the attribute's name as it is.
 * JpaMappingTest checks every mapped column against the migrated schema.
 */
public class ColumnNames implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof AbstractDirectMapping direct && direct.getField() != null
                        && direct.getField().getName().equalsIgnoreCase(direct.getAttributeName())) {
                    direct.getField().setName(snakeCase(direct.getAttributeName()));
                }
            }
        }
    }

    /** {@code receivedAt} as {@code received_at}; a name of one word stays as it is. */
    public static String snakeCase(String attribute) {
        return attribute.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
