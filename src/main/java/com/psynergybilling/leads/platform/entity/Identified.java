package com.psynergybilling.leads.platform.entity;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * An entity known by a text id (the {@code id} column) that it is given when it is made and keeps for
 * good: most often a random UUID ({@link #newId()}).
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    private String id;

    /** For JPA, which sets the id it reads. */
    protected Identified() {
    }

    protected Identified(String id) {
        this.id = id;
    }

    /** A new random UUID, as text: the id of most rows. */
    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    public String id() {
        return id;
    }
}
