/**
 * Mail through an outbox: a message is written in the transaction of the business change that
 * causes it, and a dispatcher claims, re-checks, sends and records it.
 * <p>
 * It must never send a message twice (one unique key per message), never send one whose permit no
 * longer holds at send time, and never let a field of a form reach a header or HTML unescaped.
 */
package com.psynergybilling.leads.mail;
