package com.psynergybilling.leads.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro node that a test starts itself, as an operator would (scripts/payara): the real WAR,
 * its own port, the test JVM's environment with the test's changes (a throwaway database, say), no
 * cluster unless {@link #clustered} forms one. A test may kill -9 it.
 */
public final class Node implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** C1 only: these nodes sign in rarely, and boot faster without C2 on 2 cores. */
    private static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m";

    private final Process process;
    private final int port;
    private final File log;

    private Node(Process process, int port, File log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node; {@link #awaitReady} or {@link #awaitExit} follows. */
    public static Node launch(String name, Map<String, String> environment) throws IOException {
        int port = freePort();
        var log = logFile(name);
        var withPort = new HashMap<>(environment);
        withPort.put("LEADS_PORT", Integer.toString(port));
        return new Node(operatorStart(log, withPort), port, log);
    }

    /**
     * Starts the WAR as an operator does, through scripts/payara (which execs the JVM, so the process
     * is Payara's own): a node alone unless {@code environment} names a cluster (LEADS_CLUSTER).
     */
    static Process operatorStart(File log, Map<String, String> environment, String... options) throws IOException {
        var command = new ArrayList<>(payara(System.getProperty("leads.war")));
        command.addAll(List.of(options));
        return start(command, log, environment);
    }

    /**
     * Starts {@code war} as scripts/run and the image do: scripts/supervise over scripts/payara, which
     * ends the process when the application does not deploy. (The process is the supervising shell.)
     */
    public static Node launchSupervised(String name, Map<String, String> environment, Path war) throws IOException {
        int port = freePort();
        var log = logFile(name);
        var withPort = new HashMap<>(environment);
        withPort.put("LEADS_PORT", Integer.toString(port));
        var command = new ArrayList<>(List.of("sh", "scripts/supervise"));
        command.addAll(payara(war.toString()));
        return new Node(start(command, log, withPort), port, log);
    }

    private static List<String> payara(String war) {
        return List.of("sh", "scripts/payara", System.getProperty("payara.microJar"), war,
                System.getProperty("payara.preBootCommands"));
    }

    private static Process start(List<String> command, File log, Map<String, String> environment) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(Map.of("LEADS_CLUSTER", "", "JVM_ARGS", JVM_OPTIONS));
        builder.environment().putAll(environment);
        builder.environment().put("PATH", System.getProperty("java.home") + "/bin:" + System.getenv("PATH"));
        return builder.start();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static File logFile(String name) {
        return new File(System.getProperty("leads.war")).getParentFile().toPath().resolve(name + ".log").toFile();
    }

    public static Node start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        var node = launch(name, environment);
        node.awaitReady();
        return node;
    }

    /**
     * {@code count} nodes on the Arquillian node's database, clustered with each other (that node stays
     * alone: --nocluster), each ready and seeing all {@code count} members. They start through
     * scripts/payara as an operator's would: {@code LEADS_CLUSTER=tcpip:127.0.0.1:<port>,...} with
     * {@code LEADS_CLUSTER_INTERFACE=127.0.0.1}; Hazelcast ports and a cluster name of their own keep
     * them from joining any other node on this host.
     */
    public static List<Node> clustered(int count) throws IOException, InterruptedException {
        var hazelcastPorts = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            hazelcastPorts.add(freePort());
        }
        String members = "tcpip:" + String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        String clusterName = "leads-it-" + UUID.randomUUID().toString().substring(0, 8);
        var nodes = new ArrayList<Node>();
        try {
            for (int i = 0; i < count; i++) {
                int port = freePort();
                var log = logFile("clustered-node-" + (i + 1));
                var process = operatorStart(log, Map.of("LEADS_PORT", Integer.toString(port),
                                "LEADS_CLUSTER", members, "LEADS_CLUSTER_INTERFACE", "127.0.0.1"),
                        "--startport", Integer.toString(hazelcastPorts.get(i)), "--clustername", clusterName,
                        "--name", "clustered-node-" + (i + 1));
                nodes.add(new Node(process, port, log));
            }
            for (Node node : nodes) {
                node.awaitReady();
            }
            // Payara logs its data grid's state whenever a member joins or leaves.
            for (Node node : nodes) {
                String formed = "DG Name: " + clusterName + " DG Size: " + count;
                Mailbox.until(START_TIMEOUT, () -> node.log().contains(formed),
                        node.log.getName() + " sees " + count + " cluster members");
            }
            return nodes;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            nodes.forEach(Node::close);
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

    public void awaitReady() throws InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The application's own resource: Payara answers /health even when nothing is deployed.
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/policy"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The node exited (" + process.exitValue() + "): " + tail(20));
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
        throw new IllegalStateException("The node was not ready within " + START_TIMEOUT + ": " + tail(20));
    }

    /** The exit code, or throws when the process is still up after {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError("The node did not exit within " + timeout + ": " + tail(20));
        }
        return process.exitValue();
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The log's last lines (non-blank). */
    public String tail(int lines) {
        try {
            var all = new ArrayList<>(Files.readAllLines(log.toPath()).stream().filter(l -> !l.isBlank()).toList());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** kill -9: no shutdown hook, no last round, no last write. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
