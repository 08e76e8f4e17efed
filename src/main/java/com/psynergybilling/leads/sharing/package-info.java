/**
 * Business partners, the exports of name and email to them, and the disclosure log that answers
 * access requests (R18) and California "Shine the Light" requests (R15).
 * <p>
 * It exists because handing a person's data to a partner is the one use that leaves the company
 * for someone else's marketing: it rests on the person's consent (R14), never reaches anyone who
 * opted out of sale and sharing, is a minor, was erased or is on the do-not-contact list (R16),
 * and carries Basic Identifiers only (R3). It must never export without the policy's permit for
 * each record, never send a row whose disclosure is not logged in the same transaction, and never
 * store the disclosed values themselves in the log.
 */
package com.psynergybilling.leads.sharing;
