package com.psynergybilling.leads.staff.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "staff_users")
public class StaffUser {

    @Id
    private String username;

    /** Jakarta Security's PBKDF2 encoding: algorithm, iterations, salt and hash. */
    private String passwordHash;

    private String roles;

    private Instant createdAt;

    /** The member's own work address, where changes others make to the account are told; may be absent. */
    private String email;

    private Instant disabledAt;

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, Set<Role> roles, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdAt = now;
    }

    public String username() {
        return username;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public void addressedAt(String email) {
        this.email = email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
        }
    }

    public void enable() {
        disabledAt = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public Set<Role> roles() {
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(set::add);
        return set;
    }
}
