package com.psynergybilling.leads.webinars.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webinar: open for registration until it starts. */
@Entity
@Table(name = "webinars")
@NamedQuery(name = Webinar.UPCOMING,
        query = "select w from Webinar w where w.startsAt > :now order by w.startsAt, w.id")
public class Webinar extends Identified {

    public static final String UPCOMING = "Webinar.upcoming";

    private String title;

    private Instant startsAt;

    private String createdBy;

    private Instant createdAt;

    protected Webinar() {
    }

    public Webinar(String title, Instant startsAt, String createdBy, Instant now) {
        super(newId());
        this.title = title;
        this.startsAt = startsAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Registration closes when the webinar starts: a late sign-up would confirm something already over. */
    public boolean openAt(Instant now) {
        return startsAt.isAfter(now);
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }
}
