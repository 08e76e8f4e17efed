/**
 * The ground every component stands on: the JAX-RS application, the datasource chosen from
 * configuration, Flyway start-up, health, and the problem+json answers.
 * <p>
 * It must never hold business rules, and it must never let an internal detail (a class name, SQL,
 * a stack trace) reach a caller.
 */
package com.psynergybilling.leads.platform;
