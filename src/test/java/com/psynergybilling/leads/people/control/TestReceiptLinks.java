package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.platform.control.TestLeadRetentionPeriod;
import com.psynergybilling.leads.platform.control.TestPublicUrl;
import com.psynergybilling.leads.platform.control.TestSignedIds;
import java.time.Clock;

/** {@link ReceiptLinks} under a given key, for unit tests of other packages. */
public final class TestReceiptLinks {

    private TestReceiptLinks() {
    }

    public static ReceiptLinks of(String key) {
        var links = new ReceiptLinks();
        links.clock = Clock.systemUTC();
        links.signedIds = TestSignedIds.of(key);
        links.publicUrl = TestPublicUrl.of("http://leads.test");
        links.retention = TestLeadRetentionPeriod.of(24);
        links.policies = com.psynergybilling.leads.policy.control.TestPolicies.bundled();
        return links;
    }
}
