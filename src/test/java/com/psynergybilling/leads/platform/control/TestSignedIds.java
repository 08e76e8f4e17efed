package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.TestSecrets;

/** {@link SignedIds} under a given key, for unit tests of other packages. */
public final class TestSignedIds {

    private TestSignedIds() {
    }

    public static SignedIds of(String key) {
        var signed = new SignedIds();
        signed.secret = TestSecrets.of(key);
        return signed;
    }
}
