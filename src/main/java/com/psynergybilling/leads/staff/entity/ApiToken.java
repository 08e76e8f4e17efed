package com.psynergybilling.leads.staff.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An integration's bearer token, kept only as its SHA-256: the token itself is shown once. */
@Entity
@Table(name = "api_tokens")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
public class ApiToken extends Identified {

    public static final String BY_HASH = "ApiToken.byHash";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "username", nullable = false)
    private StaffUser user;

    private String tokenHash;

    private String label;

    private Instant createdAt;

    protected ApiToken() {
    }

    public ApiToken(StaffUser user, String tokenHash, String label, Instant now) {
        super(newId());
        this.user = user;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = now;
    }

    public StaffUser user() {
        return user;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String label() {
        return label;
    }
}
