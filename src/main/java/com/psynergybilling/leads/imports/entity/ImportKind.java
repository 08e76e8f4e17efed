package com.psynergybilling.leads.imports.entity;

/** What a file brings in: leads with a declared collection record, or addresses to suppress. */
public enum ImportKind {
    LEADS, SUPPRESSIONS
}
