package com.psynergybilling.leads.webinars.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A webinar: open for registration until it starts. */
@Entity
@Table(name = "webinars")
@NamedQuery(name = Webinar.UPCOMING,
        query = "select w from Webinar w where w.startsAt > :now order by w.startsAt, w.id")
public class Webinar {

    public static final String UPCOMING = "Webinar.upcoming";

    @Id
    private String id;

    private String title;

    private Instant startsAt;

    private String createdBy;

    private Instant createdAt;

    protected Webinar() {
    }

    public Webinar(String title, Instant startsAt, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.title = title;
        this.startsAt = startsAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Registration closes when the webinar starts: a late sign-up would confirm something already over. */
    public boolean openAt(Instant now) {
        return startsAt.isAfter(now);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }
}
