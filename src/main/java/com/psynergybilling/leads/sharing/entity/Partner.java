package com.psynergybilling.leads.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A business partner (the policy's Business Partners): a company, so nobody's personal data. */
@Entity
@Table(name = "partners")
public class Partner {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    /** Where letters to the partner go; null for a partner registered before addresses were asked for. */
    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Partner() {
    }

    public Partner(String name, String postalAddress, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.postalAddress = postalAddress;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> postalAddress() {
        return Optional.ofNullable(postalAddress);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
