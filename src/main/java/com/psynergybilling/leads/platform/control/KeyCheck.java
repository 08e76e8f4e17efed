package com.psynergybilling.leads.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the configured keys may open this database. The database records the fingerprint of every
 * key its hashes and links may have been made with; each must be matched by {@code LEADS_SECRET} or
 * {@code LEADS_SECRET_PREVIOUS}, or the service refuses to start: with a changed key it would no
 * longer find anyone on the do-not-contact list, and every link in mail already sent would break.
 */
public final class KeyCheck {

    private KeyCheck() {
    }

    /**
     * The fingerprints to record from now on (the current key's first), or a {@link Refused} naming
     * the keys that are missing.
     */
    public static List<Fingerprint> check(List<Fingerprint> recorded, KeyRing ring) {
        var missing = recorded.stream()
                .filter(fingerprint -> ring.values().stream().noneMatch(fingerprint::matches)).toList();
        if (!missing.isEmpty()) {
            throw new Refused(message(missing, ring));
        }
        String current = ring.values().get(0);
        var next = new ArrayList<Fingerprint>();
        next.add(recorded.stream().filter(f -> f.matches(current)).findFirst().orElseGet(() -> Fingerprint.of(current)));
        recorded.stream().filter(f -> !f.matches(current)).forEach(next::add);
        return next;
    }

    private static String message(List<Fingerprint> missing, KeyRing ring) {
        String names = missing.stream().map(Fingerprint::shortForm).collect(Collectors.joining(", "));
        return "Refusing to start: LEADS_SECRET is not the key this database's address hashes and signed links "
                + "were made with (key fingerprint " + names + " is matched by neither LEADS_SECRET nor any of the "
                + (ring.size() - 1) + " key(s) in LEADS_SECRET_PREVIOUS). Starting anyway would stop honouring the "
                + "do-not-contact list and break every link in mail already sent. Start with the original LEADS_SECRET; "
                + "to rotate, set LEADS_SECRET to the new key and LEADS_SECRET_PREVIOUS to the old one "
                + "(see config/README.md, \"Rotating LEADS_SECRET\").";
    }

    /** The configured keys do not open this database. */
    public static final class Refused extends IllegalStateException {

        public Refused(String message) {
            super(message);
        }
    }
}
