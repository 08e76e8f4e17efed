package com.psynergybilling.leads.platform.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL list whose filters are each optional: a condition goes in only with the values it names,
 * so the text and its parameters cannot drift apart.
 */
public final class FilteredQuery {

    private final StringBuilder jpql;
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code select} (a select and its joins, without a where clause), so far unfiltered. */
    public FilteredQuery(String select) {
        jpql = new StringBuilder(select).append(" where 1 = 1");
    }

    /** Adds {@code condition}, naming the parameter {@code name}, unless {@code value} is null. */
    public FilteredQuery and(String condition, String name, Object value) {
        return value == null ? this : and(condition, Map.of(name, value));
    }

    /** Adds {@code condition}, which names the parameters {@code values} gives. */
    public FilteredQuery and(String condition, Map<String, Object> values) {
        jpql.append(" and ").append(condition);
        parameters.putAll(values);
        return this;
    }

    /** Up to {@code max} rows, in the order of {@code orderBy}. */
    public <T> List<T> list(EntityManager em, Class<T> type, String orderBy, int max) {
        var query = em.createQuery(jpql + " order by " + orderBy, type).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
