/**
 * The public forms: binding JSON and HTML form posts alike, validation, and the collection record
 * stamped on every submission.
 * <p>
 * Public endpoints are hostile territory: it must never store a field it did not validate and cap,
 * never accept a form without the visitor's confirmation of being 18 or older (R4), and never tell a
 * caller anything about who else is known.
 */
package com.psynergybilling.leads.intake;
