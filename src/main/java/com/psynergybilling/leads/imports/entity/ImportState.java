package com.psynergybilling.leads.imports.entity;

/**
 * RUNNING while rows are read (counts grow chunk by chunk), DONE when every line was read, FAILED
 * when the database refused a chunk: a second post of the same file resumes after the last line
 * committed, as does one after a node stopped mid-import (no progress for a while).
 */
public enum ImportState {
    RUNNING, DONE, FAILED
}
