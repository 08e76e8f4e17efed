package com.psynergybilling.leads.webhooks.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address {@link AddressGuard} checked. The JDK's clients resolve the host
 * again when they connect (a second DNS answer could point at a private address), so this opens the
 * socket to a checked address itself; the request still names the endpoint's host
 * (Host header) and, over https, the TLS handshake sends it as the server name and verifies the
 * certificate against it ({@code HTTPS} endpoint identification). Only the status line is read:
 * redirects are not followed, the body is never read, and the whole exchange has one deadline.
 */
public final class PinnedPost {

    static final int MAX_LINE = 8192;

    private final SSLSocketFactory tls;

    public PinnedPost(SSLSocketFactory tls) {
        this.tls = tls;
    }

    /** Sends {@code body} with {@code headers} to {@code target}; answers the final HTTP status. */
    public int send(AddressGuard.Target target, Map<String, String> headers, byte[] body, int timeoutMillis)
            throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        var raw = connected(target, timeoutMillis);
        try {
            raw.setSoTimeout(timeoutMillis);
            Socket socket = target.https() ? secured(raw, target) : raw;
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write(head(target, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return status(socket, deadline);
            }
        } finally {
            raw.close();
        }
    }

    /**
     * A socket connected to the first of the target's checked addresses that accepts, tried in DNS's
     * order as a client does (a host with one address down stays reachable); each try may take the
     * whole timeout. The last failure when none accepts.
     */
    private static Socket connected(AddressGuard.Target target, int timeoutMillis) throws IOException {
        IOException failed = null;
        for (InetAddress address : target.addresses()) {
            var raw = new Socket();
            try {
                raw.connect(new InetSocketAddress(address, target.port()), timeoutMillis);
                return raw;
            } catch (IOException e) {
                raw.close();
                failed = e;
            }
        }
        throw failed != null ? failed : new IOException("no address to connect to");
    }

    private SSLSocket secured(Socket raw, AddressGuard.Target target) throws IOException {
        var socket = (SSLSocket) tls.createSocket(raw, target.host(), target.port(), true);
        var parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!AddressGuard.literal(target.host())) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    static String head(AddressGuard.Target target, Map<String, String> headers, int length) {
        var head = new StringBuilder("POST ").append(target.pathAndQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.authority()).append("\r\n");
        headers.forEach((name, value) -> {
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("A header value must be one line: " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        return head.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n").toString();
    }

    /** The status of the final answer (1xx interim answers are skipped), read by the deadline. */
    private static int status(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        for (int interim = 0; interim < 5; interim++) {
            String line = line(socket, in, deadline);
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
                throw new IOException("not an HTTP answer");
            }
            int status = Integer.parseInt(parts[1]);
            if (status >= 200) {
                return status;
            }
            while (!line(socket, in, deadline).isEmpty()) {
                // the interim answer's headers
            }
        }
        throw new IOException("too many interim answers");
    }

    private static String line(Socket socket, InputStream in, long deadline) throws IOException {
        var bytes = new ByteArrayOutputStream();
        while (bytes.size() < MAX_LINE) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                throw new SocketTimeoutException("no answer in time");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            int b = in.read();
            if (b == -1) {
                throw new IOException("the connection closed before an answer");
            }
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        throw new IOException("an answer line too long");
    }
}
