package com.psynergybilling.leads.staff.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An integration's bearer token, kept only as its SHA-256: the token itself is shown once. */
@Entity
@Table(name = "api_tokens")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
public class ApiToken extends StaffCredential {

    public static final String BY_HASH = "ApiToken.byHash";

    private String tokenHash;

    private String label;

    protected ApiToken() {
    }

    public ApiToken(StaffUser user, String tokenHash, String label, Instant now) {
        super(newId(), user, now);
        this.tokenHash = tokenHash;
        this.label = label;
    }

    public String label() {
        return label;
    }
}
