package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        var addresses = new ClientAddress(Optional.empty());
        assertEquals("203.0.113.9", addresses.of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void theNearestUntrustedHopIsTheClient() {
        var addresses = new ClientAddress(Optional.of("10.0.0.1, 10.0.0.2"));
        assertEquals("198.51.100.7", addresses.of("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2"));
        assertEquals("10.0.0.1", addresses.of("10.0.0.1", "10.0.0.2"));
        assertEquals("10.0.0.1", addresses.of("10.0.0.1", null));
    }
}
