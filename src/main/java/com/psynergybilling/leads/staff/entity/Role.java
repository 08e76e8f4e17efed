package com.psynergybilling.leads.staff.entity;

/** Need to know (R25): each role sees only what its work needs. */
public enum Role {
    sales, marketing, privacy, admin
}
