package com.psynergybilling.leads.webinars.entity;

import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's place at a webinar, through the submission that carries what they gave and why we hold
 * it (R1). The person is kept alongside so that the database allows one registration per person.
 */
@Entity
@Table(name = "webinar_registrations")
@NamedQuery(name = WebinarRegistration.OF_PERSON,
        query = "select r from WebinarRegistration r where r.webinar.id = :webinar and r.person.id = :person")
@NamedQuery(name = WebinarRegistration.OF_WEBINAR,
        query = "select r from WebinarRegistration r join fetch r.submission where r.webinar.id = :webinar "
                + "order by r.registeredAt, r.id")
public class WebinarRegistration extends Identified {

    public static final String OF_PERSON = "WebinarRegistration.ofPerson";
    public static final String OF_WEBINAR = "WebinarRegistration.ofWebinar";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "webinar_id", nullable = false)
    private Webinar webinar;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    private Instant registeredAt;

    protected WebinarRegistration() {
    }

    public WebinarRegistration(Webinar webinar, Submission submission, Instant now) {
        super(newId());
        this.webinar = webinar;
        this.submission = submission;
        this.person = submission.person();
        this.registeredAt = now;
    }

    public Webinar webinar() {
        return webinar;
    }

    public Submission submission() {
        return submission;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
