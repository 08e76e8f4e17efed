package com.psynergybilling.leads.platform.control;

/** {@link PublicUrl} at a given address, for unit tests of other packages. */
public final class TestPublicUrl {

    private TestPublicUrl() {
    }

    public static PublicUrl of(String configured) {
        var url = new PublicUrl();
        url.configured = configured;
        url.trim();
        return url;
    }
}
