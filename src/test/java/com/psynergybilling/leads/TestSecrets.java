package com.psynergybilling.leads;

import com.psynergybilling.leads.platform.control.Secret;
import java.util.Optional;

/** A settled {@link Secret} for unit tests, from a configured value. */
public final class TestSecrets {

    private TestSecrets() {
    }

    public static Secret of(String value) {
        var secret = new Secret();
        secret.configure(Optional.of(value));
        return secret;
    }
}
