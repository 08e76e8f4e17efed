package com.psynergybilling.leads.staff.control;

import jakarta.security.enterprise.credential.Credential;

/** An integration's bearer token, as presented. */
public record BearerCredential(String token) implements Credential {
}
