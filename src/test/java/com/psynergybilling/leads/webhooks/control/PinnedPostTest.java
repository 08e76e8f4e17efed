package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pinned POST against a real receiver: the name only the test's resolver knows is reached by its checked address. */
class PinnedPostTest {

    final List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    int receiver(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " host="
                        + exchange.getRequestHeaders().getFirst("Host") + " id="
                        + exchange.getRequestHeaders().getFirst("webhook-id") + " " + body);
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    @Test
    void postsToTheCheckedAddressWithTheEndpointsHostName() throws Exception {
        int port = receiver(204);
        // "crm.invalid" is in no DNS: the request can only arrive through the pinned address.
        var guard = new AddressGuard(true, host -> List.of(InetAddress.getByName("127.0.0.1")));
        var target = guard.pin("http://crm.invalid:" + port + "/hooks/leads?k=1").target();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", "msg_1");
        int status = new PinnedPost((SSLSocketFactory) SSLSocketFactory.getDefault())
                .send(target, headers, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), 5000);
        assertEquals(204, status);
        assertEquals(List.of("POST /hooks/leads?k=1 host=crm.invalid:" + port + " id=msg_1 {\"a\":1}"), seen);
    }

    @Test
    void anAddressThatRefusesIsPassedForTheNextCheckedOne() throws Exception {
        int port = receiver(204);
        // The receiver listens on 127.0.0.1 only: 127.0.0.2, first in the answer, refuses the connection.
        var guard = new AddressGuard(true, host -> List.of(InetAddress.getByName("127.0.0.2"),
                InetAddress.getByName("127.0.0.1")));
        var target = guard.pin("http://crm.invalid:" + port + "/in").target();
        var post = new PinnedPost((SSLSocketFactory) SSLSocketFactory.getDefault());
        assertEquals(204, post.send(target, Map.of(), new byte[0], 5000));
        assertEquals(1, seen.size());
        var onlyDown = new AddressGuard(true, host -> List.of(InetAddress.getByName("127.0.0.2"))).pin(
                "http://crm.invalid:" + port + "/in").target();
        assertThrows(ConnectException.class, () -> post.send(onlyDown, Map.of(), new byte[0], 5000));
        assertEquals(1, seen.size(), "nothing reaches the receiver through an address it was not given");
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() throws Exception {
        int port = receiver(301);
        var target = new AddressGuard(true).pin("http://127.0.0.1:" + port + "/").target();
        assertEquals(301, new PinnedPost((SSLSocketFactory) SSLSocketFactory.getDefault())
                .send(target, Map.of(), new byte[0], 5000));
        assertEquals(1, seen.size());
    }

    @Test
    void aSilentReceiverTimesOut() throws Exception {
        try (var silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var target = new AddressGuard(true).pin("http://127.0.0.1:" + silent.getLocalPort() + "/").target();
            assertThrows(SocketTimeoutException.class, () -> new PinnedPost(
                    (SSLSocketFactory) SSLSocketFactory.getDefault()).send(target, Map.of(), new byte[0], 300));
        }
    }

    @Test
    void aHeaderCannotSplitTheRequest() {
        var target = new AddressGuard.Target(false, "h", 80, "h", "/", List.of(InetAddress.getLoopbackAddress()));
        assertThrows(IllegalArgumentException.class,
                () -> PinnedPost.head(target, Map.of("webhook-id", "x\r\nEvil: 1"), 0));
    }
}
