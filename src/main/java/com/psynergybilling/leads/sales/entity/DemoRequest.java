package com.psynergybilling.leads.sales.entity;

import com.psynergybilling.leads.people.entity.Submission;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A request as sales works it: who holds it, how far it got, what they noted. */
@Entity
@Table(name = "demo_requests")
public class DemoRequest {

    @Id
    private String id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "id")
    private Submission submission;

    @Enumerated(EnumType.STRING)
    private RequestType requestType;

    @Enumerated(EnumType.STRING)
    private DemoRequestStatus status;

    private String assignee;

    private String note;

    private Instant receivedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected DemoRequest() {
    }

    public DemoRequest(Submission submission, RequestType type) {
        this.submission = Objects.requireNonNull(submission);
        this.id = submission.id();
        this.requestType = type;
        this.status = DemoRequestStatus.NEW;
        this.receivedAt = submission.collection().collectedAt();
        this.updatedAt = receivedAt;
    }

    public boolean heldByAnotherThan(String user) {
        return assignee != null && !assignee.equals(user);
    }

    public void update(DemoRequestStatus newStatus, String newNote, Instant now) {
        if (newStatus != null) {
            status = newStatus;
        }
        if (newNote != null) {
            note = newNote.isEmpty() ? null : newNote;
        }
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public Submission submission() {
        return submission;
    }

    public RequestType requestType() {
        return requestType;
    }

    public DemoRequestStatus status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public String note() {
        return note;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
