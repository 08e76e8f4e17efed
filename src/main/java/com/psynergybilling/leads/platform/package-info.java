/**
 * The ground every component stands on: the JAX-RS application, the datasource chosen from
 * configuration, Flyway start-up, health, the service's keys, and the problem+json answers.
 * <p>
 * It must never hold business rules, never let an internal detail (a class name, SQL, a stack trace)
 * reach a caller, and never start with keys that do not open the database (a changed secret would
 * silently forget the do-not-contact list) nor store or log a key.
 */
package com.psynergybilling.leads.platform;
