package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real sockets on the loopback: a server that accepts and never reads is the stalled SMTP server. */
class WatchedSocketsTest {

    private static final Duration TIMEOUT = Duration.ofHours(1);
    /** Far more than the loopback's socket buffers hold, so that one write blocks for good. */
    private static final int MORE_THAN_BUFFERS = 64 * 1024 * 1024;

    private final WatchedSockets sockets = new WatchedSockets(TIMEOUT);
    private ServerSocket server;
    private final CompletableFuture<Socket> accepted = new CompletableFuture<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(() -> {
            try {
                accepted.complete(server.accept()); // and never read from
            } catch (IOException e) {
                accepted.completeExceptionally(e);
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        if (accepted.isDone() && !accepted.isCompletedExceptionally()) {
            accepted.get().close();
        }
    }

    private Socket connect() throws IOException {
        return sockets.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }

    @Test
    void aWriteStuckOnAServerThatStoppedReadingIsClosedOnceTheTimeoutPassedAndNotBefore() throws Exception {
        Socket socket = connect();
        var written = CompletableFuture.runAsync(() -> {
            try {
                socket.getOutputStream().write(new byte[MORE_THAN_BUFFERS]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        waitUntil(() -> WatchedSockets.writing(socket));

        assertEquals(0, sockets.closeStalled(System.nanoTime()), "closed before its timeout");
        assertFalse(socket.isClosed());
        assertEquals(1, sockets.closeStalled(System.nanoTime() + TIMEOUT.toNanos() + 1));

        var failure = written.handle((done, e) -> e).get(10, TimeUnit.SECONDS);
        assertInstanceOf(IOException.class, failure.getCause().getCause(), "the blocked write must fail: " + failure);
        assertTrue(socket.isClosed());
        assertEquals(0, sockets.watched());
    }

    @Test
    void anIdleConnectionIsLeftOpenHoweverLongItWaits() throws Exception {
        Socket socket = connect();
        socket.getOutputStream().write("EHLO example.com\r\n".getBytes());

        assertEquals(0, sockets.closeStalled(System.nanoTime() + 2 * TIMEOUT.toNanos()));
        assertFalse(socket.isClosed());
        assertEquals(1, sockets.watched());
    }

    @Test
    void aClosedSocketIsNoLongerWatched() throws Exception {
        Socket socket = connect();
        assertEquals(1, sockets.watched());
        socket.close();
        assertEquals(0, sockets.watched());
        // closed through its stream instead: the next sweep lets it go
        Socket other = connect();
        other.getOutputStream().close();
        sockets.closeStalled(System.nanoTime());
        assertEquals(0, sockets.watched());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached within 10 s");
            Thread.sleep(5);
        }
    }
}
