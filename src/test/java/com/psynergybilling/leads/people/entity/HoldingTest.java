package com.psynergybilling.leads.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.policy.entity.UseRule;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HoldingTest {

    @Test
    @DisplayName("R18: what a use permits is described by that use's categories, purpose and recipient")
    void fromOneUseRule() {
        var export = new UseRule("PARTNER_EXPORT", "Share", Set.of("BASIC_IDENTIFIERS"), "WITH_CONSENT",
                "BUSINESS_PARTNERS");
        assertEquals(new Holding("Disclosures", Set.of("BASIC_IDENTIFIERS"), Set.of("DEMO_REQUEST"),
                Set.of("WITH_CONSENT"), Set.of("BUSINESS_PARTNERS")),
                Holding.of("Disclosures", export, Set.of("DEMO_REQUEST")));

        var inside = new UseRule("ANALYTICS", "Count", Set.of("NETWORK_ACTIVITY"), "ANALYTICS", null);
        assertEquals(Set.of(), Holding.of("Counts", inside, Set.of()).recipients(), "a use inside the company has no recipient");
    }
}
