package com.psynergybilling.leads.audit.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of the chain; appenders hold its row lock while they add one. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private int id;

    private long seq;

    private String entryHash;

    protected AuditHead() {
    }

    public long seq() {
        return seq;
    }

    public String entryHash() {
        return entryHash;
    }

    /** The last entry's hash changed: only the one-time re-chaining of version 1 entries does this. */
    public void reset(String lastHash) {
        entryHash = lastHash;
    }

    public void advance(AuditEntry entry) {
        seq = entry.seq();
        entryHash = entry.entryHash();
    }
}
