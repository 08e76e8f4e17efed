package com.psynergybilling.leads.sharing.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A business partner (the policy's Business Partners): a company, so nobody's personal data. */
@Entity
@Table(name = "partners")
public class Partner extends Identified {

    private String name;

    /** Where letters to the partner go; null for a partner registered before addresses were asked for. */
    private String postalAddress;

    private String createdBy;

    private Instant createdAt;

    protected Partner() {
    }

    public Partner(String name, String postalAddress, String createdBy, Instant now) {
        super(newId());
        this.name = name;
        this.postalAddress = postalAddress;
        this.createdBy = createdBy;
        this.createdAt = now;
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
