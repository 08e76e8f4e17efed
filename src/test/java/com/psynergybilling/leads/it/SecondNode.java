package com.psynergybilling.leads.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A second Payara Micro node on the same database as the one Arquillian started: the same WAR, the
 * same environment, its own port, no cluster. For the guarantees that must hold across nodes. Or
 * {@link #clustered several} clustered with each other over Hazelcast, started as an operator starts
 * them (scripts/payara with LEADS_CLUSTER).
 */
public final class SecondNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration CLUSTERED_START_TIMEOUT = Duration.ofSeconds(300);

    private final Process process;
    private final int port;
    private final File log;

    private SecondNode(Process process, int port, File log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static SecondNode start() throws IOException, InterruptedException {
        int port = Node.freePort();
        var log = Node.logFile("second-node");
        var process = Node.operatorStart(log, Map.of("LEADS_PORT", Integer.toString(port)));
        var node = new SecondNode(process, port, log);
        node.awaitReady(START_TIMEOUT);
        return node;
    }

    /**
     * {@code count} nodes on the Arquillian node's database, clustered with each other (that node stays
     * alone: --nocluster), each ready and seeing all {@code count} members. They start through
     * scripts/payara as an operator's would: {@code LEADS_CLUSTER=tcpip:127.0.0.1:<port>,...} with
     * {@code LEADS_CLUSTER_INTERFACE=127.0.0.1}; Hazelcast ports and a cluster name of their own keep
     * them from joining any other node on this host.
     */
    public static List<SecondNode> clustered(int count) throws IOException, InterruptedException {
        var hazelcastPorts = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            hazelcastPorts.add(Node.freePort());
        }
        String members = "tcpip:" + String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        String clusterName = "leads-it-" + UUID.randomUUID().toString().substring(0, 8);
        var nodes = new ArrayList<SecondNode>();
        try {
            for (int i = 0; i < count; i++) {
                int port = Node.freePort();
                var log = Node.logFile("clustered-node-" + (i + 1));
                var process = Node.operatorStart(log, Map.of("LEADS_PORT", Integer.toString(port),
                                "LEADS_CLUSTER", members, "LEADS_CLUSTER_INTERFACE", "127.0.0.1"),
                        "--startport", Integer.toString(hazelcastPorts.get(i)), "--clustername", clusterName,
                        "--name", "clustered-node-" + (i + 1));
                nodes.add(new SecondNode(process, port, log));
            }
            for (SecondNode node : nodes) {
                node.awaitReady(CLUSTERED_START_TIMEOUT);
            }
            // Payara logs its data grid's state whenever a member joins or leaves.
            for (SecondNode node : nodes) {
                String formed = "DG Name: " + clusterName + " DG Size: " + count;
                Mailbox.until(CLUSTERED_START_TIMEOUT, () -> node.log().contains(formed),
                        node.log.getName() + " sees " + count + " cluster members");
            }
            return nodes;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            nodes.forEach(SecondNode::close);
            throw e;
        }
    }

    /** Everything this node has logged so far. */
    public String log() {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The node exited; see target/" + log.getName());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The node was not ready within " + timeout + "; see target/" + log.getName());
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
