/**
 * Webinars marketing runs and the people who register for them: the public list of upcoming
 * webinars, registration through the one intake mechanism (a person's WEBINAR_SIGNUP submission with
 * its collection record, R1) and the registration's one confirmation email, a transactional message
 * under Providing the Service.
 * <p>
 * A confirmation is not a promotion: nothing here may queue promotional mail, add anyone to an
 * audience, hand registrants to sales or partners, or tell a caller anything about a person (a
 * repeated registration answers exactly like the first). Every staff read of registrants is audited.
 */
package com.psynergybilling.leads.webinars;
