package com.psynergybilling.leads.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL cluster that a test makes for itself with initdb, on a free port of
 * loopback, under /tmp, never the machine's shared server: the fault tests stop and start it. As
 * root (CI, this machine) it runs the server as the {@code postgres} OS user, since initdb and
 * pg_ctl refuse root.
 */
public final class PgCluster implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgres;

    private PgCluster(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Why no cluster can be made here, or empty when one can. */
    public static Optional<String> unavailable() {
        if (binaries().isEmpty()) {
            return Optional.of("no PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin");
        }
        String user = System.getProperty("user.name");
        if (!user.equals("root") && !user.equals("postgres")) {
            return Optional.of("initdb needs to run as root (then as the postgres user) or as postgres, not " + user);
        }
        return Optional.empty();
    }

    public static PgCluster create() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(unavailable().orElse("?")));
        boolean root = System.getProperty("user.name").equals("root");
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "leads-pg-");
        dir.toFile().setWritable(true, false);
        dir.toFile().setExecutable(true, false);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var cluster = new PgCluster(bin, dir, port, root);
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        cluster.pg("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--no-sync");
        cluster.start();
        return cluster;
    }

    private static Optional<Path> binaries() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String name) throws SQLException {
        try (var connection = connect("postgres"); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }

    public void start() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                "start");
    }

    /** A fast stop: the server ends every session and refuses new ones, as an operator's stop does. */
    public void stop() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // already stopped
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // /tmp is cleaned anyway
        }
    }

    private void pg(String tool, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
