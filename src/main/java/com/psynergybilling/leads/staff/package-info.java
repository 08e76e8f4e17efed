/**
 * Staff users, their roles and integration tokens, and how a request proves who sent it.
 * <p>
 * It must never store a password or token in a form that could be replayed, never reveal whether a
 * user exists, and never slow an attacker by holding a thread: it refuses with 429 instead.
 */
package com.psynergybilling.leads.staff;
