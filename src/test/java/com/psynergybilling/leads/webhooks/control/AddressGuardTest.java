package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    /** A resolver of fixed answers: no DNS in unit tests. */
    static AddressGuard.Resolver answers(Map<String, List<String>> table) {
        return host -> {
            var found = table.get(host);
            if (found == null) {
                throw new UnknownHostException(host);
            }
            var addresses = new ArrayList<InetAddress>();
            for (String literal : found) {
                addresses.add(InetAddress.getByName(literal));
            }
            return addresses;
        };
    }

    final AddressGuard guard = new AddressGuard(false, answers(Map.of(
            "crm.example.com", List.of("93.184.215.14"),
            "mixed.example.com", List.of("93.184.215.14", "10.0.0.7"),
            "v6.example.com", List.of("2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "internal.example.com", List.of("192.168.1.20"),
            "localhost", List.of("127.0.0.1", "::1"))));

    @Test
    void aPublicHttpsUrlPasses() {
        assertEquals(Optional.empty(), guard.refusal("https://crm.example.com/hooks/leads"));
        assertEquals(Optional.empty(), guard.refusal("https://v6.example.com/"));
        assertEquals(Optional.empty(), guard.refusal("https://93.184.215.14:8443/x"));
    }

    @Test
    void everyResolvedAddressIsChecked() {
        assertTrue(guard.refusal("https://mixed.example.com/").isPresent(), "one private address is enough to refuse");
        assertTrue(guard.refusal("https://internal.example.com/").isPresent());
        assertTrue(guard.refusal("https://localhost/").isPresent());
        assertTrue(guard.refusal("https://nowhere.example.com/").isPresent(), "a host that does not resolve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/", "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.0.1/",
            "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://0.0.0.0/",
            "https://[::1]/", "https://[fe80::1]/", "https://[fd00::1]/", "https://[::ffff:127.0.0.1]/",
            "https://[::ffff:10.0.0.1]/", "https://[2002:7f00:1::]/", "https://[64:ff9b::a00:1]/",
            "https://224.0.0.1/", "https://[::]/"})
    void privateLoopbackAndLinkLocalAddressesAreRefused(String url) {
        assertTrue(new AddressGuard(false, answers(Map.of())).refusal(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://crm.example.com/", "ftp://crm.example.com/", "file:///etc/passwd",
            "https://user:pw@crm.example.com/", "https:///nohost", "not a url", "https://crm.example.com/#frag",
            "crm.example.com/hooks"})
    void onlyPlainHttpsUrlsWithoutUserInfo(String url) {
        assertTrue(guard.refusal(url).isPresent(), url);
    }

    @Test
    void allowingPrivateAddressesAlsoAllowsHttpForTestsAndPrivateNetworks() {
        var lenient = new AddressGuard(true, answers(Map.of()));
        assertEquals(Optional.empty(), lenient.refusal("http://127.0.0.1:8089/hook"));
        assertEquals(Optional.empty(), lenient.refusal("https://10.0.0.1/hook"));
        assertTrue(lenient.refusal("ftp://127.0.0.1/").isPresent());
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertTrue(AddressGuard.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(AddressGuard.isPublic(InetAddress.getByName("2001:4860:4860::8888")));
        assertFalse(AddressGuard.isPublic(InetAddress.getByName("198.18.0.1")));
    }

    @Test
    void anAttemptResolvesOnceAndConnectsToTheAddressItChecked() throws UnknownHostException {
        // A rebinding DNS: a public answer first, a loopback one after. The check and the connection
        // must use the same answer, so only one lookup may happen per attempt.
        var lookups = new java.util.concurrent.atomic.AtomicInteger();
        AddressGuard.Resolver rebinding = host -> List.of(InetAddress.getByName(
                lookups.getAndIncrement() == 0 ? "93.184.215.14" : "127.0.0.1"));
        var pinned = new AddressGuard(false, rebinding).pin("https://rebind.example.com:8443/hooks/in?x=1");
        assertEquals(Optional.empty(), pinned.refusal());
        assertEquals(1, lookups.get(), "resolved once");
        var target = pinned.target();
        assertEquals(List.of(InetAddress.getByName("93.184.215.14")), target.addresses());
        assertEquals("rebind.example.com", target.host(), "the TLS name and certificate check stay the host's");
        assertEquals("rebind.example.com:8443", target.authority());
        assertEquals(8443, target.port());
        assertEquals("/hooks/in?x=1", target.pathAndQuery());
        assertTrue(target.https());
    }

    @Test
    void aPinIsRefusedWhenAnyAnswerIsPrivate() {
        var pinned = guard.pin("https://mixed.example.com/");
        assertTrue(pinned.refusal().isPresent());
        assertEquals(null, pinned.target());
    }

    @Test
    void allowingPrivateAddressesStillPinsTheResolvedAddress() throws UnknownHostException {
        var lenient = new AddressGuard(true, answers(Map.of("hook.test", List.of("127.0.0.1"))));
        var target = lenient.pin("http://hook.test/in").target();
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), target.addresses());
        assertEquals(80, target.port());
        assertEquals("hook.test", target.authority());
        assertTrue(lenient.pin("http://unknown.test/").refusal().isPresent(), "an attempt needs an answer");
        assertTrue(lenient.pin("http://[::1]:9/").target().addresses().get(0).isLoopbackAddress());
        assertEquals("[::1]:9", lenient.pin("http://[::1]:9/").target().authority());
    }
}
