package com.psynergybilling.leads.sales.entity;

import com.psynergybilling.leads.people.entity.Submission;
import jakarta.persistence.Column;
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
    @Column(length = 36)
    private String id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "id")
    private Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 20)
    private RequestType requestType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DemoRequestStatus status;

    @Column(length = 64)
    private String assignee;

    @Column(length = 2000)
    private String note;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
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
