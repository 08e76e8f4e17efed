/**
 * The people whose data we hold and every submission they made, each with its collection record;
 * their consent and opt-out state.
 * <p>
 * It must never store a piece of personal data without the collection record that says why it
 * exists (R1), and never hold a referred colleague: they are not people of this component (R6).
 */
package com.psynergybilling.leads.people;
