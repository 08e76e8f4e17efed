package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * A store of one entity whose callers name its rows by id (a path, a form field), in the caller's
 * transaction. One way to look such an id up: none, or one longer than the 36 characters of the UUID an
 * {@link Identified} takes, is no row's and costs no query; a required one that is missing answers 404
 * naming what was asked for.
 */
public abstract class StoreById<T extends Identified> {

    /** The length of the UUID an {@link Identified} takes as its id. */
    static final int ID_LENGTH = 36;

    @PersistenceContext
    protected EntityManager em;

    private final Class<T> type;
    private final String what;

    /** {@code what} names the entity in a 404's detail, as in "This partner". */
    protected StoreById(Class<T> type, String what) {
        this.type = type;
        this.what = what;
    }

    public Optional<T> find(String id) {
        return id == null || id.length() > ID_LENGTH ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    public T required(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound(what));
    }

    /** Keeps a new entity in the caller's transaction; returns it. */
    protected T kept(T entity) {
        em.persist(entity);
        return entity;
    }
}
