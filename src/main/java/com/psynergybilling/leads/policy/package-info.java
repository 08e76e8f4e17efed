/**
 * The privacy policy as data: which categories each form collects for which purposes, and which
 * purposes and recipients each category may serve, per policy version.
 * <p>
 * It is the one place that decides what a use of personal data may do. It must never depend on
 * another component, and no other component may hard-code what the policy permits.
 */
package com.psynergybilling.leads.policy;
