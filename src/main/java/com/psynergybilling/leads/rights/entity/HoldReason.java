package com.psynergybilling.leads.rights.entity;

/**
 * Why a legal hold was placed, as a code: free text about a hold tends to name the person, and
 * would outlive their erasure. The matter itself is named by the hold's reference.
 */
public enum HoldReason {
    LITIGATION,
    REGULATOR_INQUIRY,
    LAW_ENFORCEMENT_REQUEST,
    SECURITY_INCIDENT,
    TAX_OR_ACCOUNTING_AUDIT,
    OTHER_LEGAL_OBLIGATION
}
