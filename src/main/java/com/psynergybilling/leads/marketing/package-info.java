/**
 * Marketing: promotional campaigns, their audiences and unsubscribing (R11 to R13).
 *
 * <p>An audience is chosen in the database by the predicate the policy renders for promotional
 * email (and for selection by specialty when a campaign selects by it), and every message is judged
 * again when it is sent. Unsubscribing takes effect at once, for messages already queued too.
 *
 * <p>Never: select people in Java from a full load, send to anyone the audience query excludes
 * (the unsubscribed, referred colleagues, people known only as referrers, minors, the erased, the
 * do-not-contact list, records the policy does not permit), let staff templates reach anything but
 * the known placeholders, or show marketing a person's data: audiences are counts.
 */
package com.psynergybilling.leads.marketing;
