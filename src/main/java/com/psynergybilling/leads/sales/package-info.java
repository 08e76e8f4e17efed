/**
 * The sales view of demo, pricing and product-information requests: paging, claiming, status,
 * notes and the CSV export.
 * <p>
 * It must never show sales anything but those three kinds of request (R25): no referred colleague,
 * no referrer, no webinar registrant and no privacy requester appears here.
 */
package com.psynergybilling.leads.sales;
