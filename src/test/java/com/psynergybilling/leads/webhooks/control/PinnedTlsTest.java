package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned POST over https: it connects to the checked address, yet the TLS handshake names the
 * endpoint's host (SNI) and the certificate is verified against that name, so pinning the address
 * never weakens the certificate check. A receiver with a certificate for crm.invalid only, on loopback.
 */
class PinnedTlsTest {

    static final char[] PASSWORD = "changeit".toCharArray();
    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static HttpsServer server;
    static SSLContext client;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("crm.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "crm", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=crm.invalid",
                "-ext", "SAN=dns:crm.invalid", "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        var serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                SEEN.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static AddressGuard.Target pinned(String host) {
        var guard = new AddressGuard(true, name -> List.of(InetAddress.getByName("127.0.0.1")));
        return guard.pin("https://" + host + ":" + server.getAddress().getPort() + "/hooks").target();
    }

    @Test
    void theCertificateIsCheckedAgainstTheHostNameNotTheAddress() throws Exception {
        var post = new PinnedPost(client.getSocketFactory());
        assertEquals(200, post.send(pinned("crm.invalid"), Map.of(), new byte[0], 5000));
        assertEquals(List.of("crm.invalid:" + server.getAddress().getPort() + " /hooks"), SEEN);
        // The same address under another name: the certificate does not name it, so no request is made.
        assertThrows(SSLHandshakeException.class, () -> post.send(pinned("other.invalid"), Map.of(), new byte[0], 5000));
        assertEquals(1, SEEN.size());
    }
}
