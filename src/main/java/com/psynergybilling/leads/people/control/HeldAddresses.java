package com.psynergybilling.leads.people.control;

import java.util.Collection;
import java.util.Set;

/**
 * Which addresses a legal hold keeps (R20): their data stays, whether a request, a removal or a
 * retention job would delete it. Holds are placed in {@code rights}; this lets the other components'
 * jobs ask without depending on it.
 */
public interface HeldAddresses {

    boolean held(String addressHash);

    /** The hashes among {@code addressHashes} under a hold in force, in one query. */
    Set<String> heldAmong(Collection<String> addressHashes);
}
