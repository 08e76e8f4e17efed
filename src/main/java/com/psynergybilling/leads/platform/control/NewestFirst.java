package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.PageCursor;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One page of an entity list, newest first by {@code createdAt} then {@code id} (both fields of the
 * entity), after a cursor this service gave out: a keyset walk, so a page costs the same deep in the
 * list as at its head, and rows added meanwhile neither repeat nor hide others.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /**
     * Up to {@code limit} rows of {@code type} after {@code cursor} (null: from the newest).
     *
     * @throws ProblemException 400 when the cursor is not one this service gave out
     */
    public static <T> List<T> page(EntityManager em, Class<T> type, String cursor, int limit) {
        PageCursor after = cursor == null ? null : decoded(cursor);
        var query = em.createQuery("select e from " + type.getSimpleName() + " e"
                + (after == null ? "" : " where e.createdAt < :at or (e.createdAt = :at and e.id < :id)")
                + " order by e.createdAt desc, e.id desc", type).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** The cursor of the page after {@code found} (fetched with one row more than {@code limit}), or null: the last page. */
    public static <T> String next(List<T> found, int limit, Function<T, Instant> createdAt, Function<T, String> id) {
        if (found.size() <= limit) {
            return null;
        }
        T last = found.get(limit - 1);
        return new PageCursor(createdAt.apply(last), id.apply(last)).encode();
    }

    /** @throws ProblemException 400 for anything that is not a cursor this service made */
    public static PageCursor decoded(String cursor) {
        try {
            return PageCursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor is not one this service gave out.");
        }
    }
}
