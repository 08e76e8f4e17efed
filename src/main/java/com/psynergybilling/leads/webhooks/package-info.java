/**
 * Webhooks to a CRM, deletions included (issue 14). An administrator registers endpoints; demo
 * requests go to them as signed deliveries (Standard Webhooks), written to a webhook outbox in the
 * transaction of the change and delivered with retries by a dispatcher. A delivery carries only
 * the fields the policy's {@code CRM_SYNC} use permits for a service provider, judged per record
 * (R3), and is logged as a disclosure for access reports (R15, R18). Erasures and opt-outs go to
 * every endpoint that received the person, so downstream copies can follow (R20, R21).
 *
 * <p>Must never: send to a private, loopback or link-local address unless allowed by configuration,
 * follow a redirect, send a person's data after their erasure, or show a signing secret twice.
 */
package com.psynergybilling.leads.webhooks;
