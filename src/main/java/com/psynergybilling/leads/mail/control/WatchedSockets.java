package com.psynergybilling.leads.mail.control;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * The SMTP connections' sockets, each noting when the write under way began, so that one sweep a
 * second ({@link #closeStalled}) can close a connection whose write has been stuck longer than the
 * timeout: a server that stopped reading would otherwise hold its sender forever (reads have their
 * own timeout, writes have none). Jakarta Mail's {@code mail.smtp.writetimeout} does the same by
 * scheduling and cancelling a timer task around every write, which woke its timer thread for each
 * one and took a fifth of the dispatcher's CPU here; a stamp costs a clock read.
 *
 * <p>Given to the session as {@code mail.smtp.socketFactory}: Jakarta Mail asks it for an unconnected
 * socket and connects it with its connection timeout; STARTTLS layers TLS over it and writes through
 * its stream.
 */
public final class WatchedSockets extends SocketFactory {

    private static final long IDLE = Long.MIN_VALUE;

    private final Duration timeout;
    private final Set<Watched> open = ConcurrentHashMap.newKeySet();

    public WatchedSockets(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Closes every socket whose current write began more than the timeout before {@code nowNanos}
     * (a {@link System#nanoTime} reading); the blocked write then fails. Returns how many were closed.
     */
    public int closeStalled(long nowNanos) {
        long timeoutNanos = timeout.toNanos();
        int closed = 0;
        for (Watched socket : open) {
            long since = socket.writingSince;
            if (socket.isClosed()) {
                open.remove(socket);
            } else if (since != IDLE && nowNanos - since > timeoutNanos) {
                socket.closeQuietly();
                closed++;
            }
        }
        return closed;
    }

    /** How many sockets are watched (for tests). */
    int watched() {
        return open.size();
    }

    /** Whether a write on {@code socket} is under way (for tests). */
    static boolean writing(Socket socket) {
        return ((Watched) socket).writingSince != IDLE;
    }

    @Override
    public Socket createSocket() {
        var socket = new Watched();
        open.add(socket);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    /** Connected within the timeout too (Jakarta Mail connects the unconnected one with its own). */
    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        var socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private final class Watched extends Socket {

        volatile long writingSince = IDLE;
        private OutputStream stamped;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (stamped == null) {
                stamped = new Stamped(super.getOutputStream());
            }
            return stamped;
        }

        @Override
        public synchronized void close() throws IOException {
            open.remove(this);
            super.close();
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                // closed as far as it can be; the blocked write fails either way
            }
        }

        /** Writes through, stamped; a write is what can block on a peer that stopped reading. */
        private final class Stamped extends OutputStream {

            private final OutputStream out;

            Stamped(OutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.write(b);
                } finally {
                    writingSince = IDLE;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.write(b, off, len);
                } finally {
                    writingSince = IDLE;
                }
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        }
    }
}
