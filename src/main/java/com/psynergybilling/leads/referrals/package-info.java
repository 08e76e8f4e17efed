/**
 * One-time referrals: the referrer's word (R8), given on the form and confirmed through a link mailed
 * to the referrer's own address before anyone is invited, the referred colleague's one invitation
 * (R7), their removal (R9) and the short keeping of their name and address (R10), or of an
 * unconfirmed referral's colleagues until its link expires.
 * <p>
 * A referred colleague is not a person of {@code people}: their name and address live only here,
 * for the referral invitation alone (R6). Nothing here may ever hand them to sales, a campaign, an
 * export or a report other than the colleague's own access request, and no answer may tell a
 * stranger whether an address was known.
 */
package com.psynergybilling.leads.referrals;
