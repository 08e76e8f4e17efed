package com.psynergybilling.leads.rights.entity;

import java.util.Optional;

/**
 * What an erasure did: the records it erased, or the exception (a legal hold's) that kept it from
 * erasing. Readable outside {@code rights} (the console shows it), while only {@code rights} erases.
 */
public record Erased(Optional<String> exception, int records) {

    public boolean erased() {
        return exception.isEmpty();
    }
}
