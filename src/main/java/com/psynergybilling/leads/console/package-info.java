/**
 * The staff console: server-rendered HTML pages for each role, signed in by a session cookie.
 * <p>
 * It holds no rule and no query of its own: every page calls the same control classes as the JSON
 * API (so permits, field filtering and the audit of each read hold alike) and renders what they
 * return. It must never serve a page to a role the page is not for, accept a state-changing form
 * without the session's CSRF token, or put anything on a page unescaped.
 */
package com.psynergybilling.leads.console;
