/**
 * Imports: leads collected elsewhere, with one collection record declared for the whole file and
 * judged against the policy before a row is read, stored in the same tables and with the same
 * per-record collection record as the public forms (R1), so every other component treats them as it
 * treats a form; and addresses for the do-not-contact list, kept as keyed hashes only. An import
 * never lifts a suppression, never stores a reported minor's address (R4) and never writes an
 * address anywhere but the lead tables: not in its own record, its errors or the log.
 */
package com.psynergybilling.leads.imports;
