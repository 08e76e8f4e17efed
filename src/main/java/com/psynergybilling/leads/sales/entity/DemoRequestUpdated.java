package com.psynergybilling.leads.sales.entity;

/** Raised in the transaction of a sales user's change to a request (its status or note). */
public record DemoRequestUpdated(DemoRequest request) {
}
