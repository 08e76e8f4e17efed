package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/supervise, the start of scripts/run and the image, over stand-ins for Payara Micro that
 * print its lines (a real failed deployment is shown in docs/operations.md): a start whose
 * application did not deploy ends with exit code 70 and the cause last; the application's own
 * refusals keep their code; signals reach the start and its code is the script's.
 */
class StartSupervisionTest {

    private static final String FAILED = "echo '[SEVERE] [javax.enterprise.system.core] Exception while deploying the app [leads]';"
            + " echo 'java.lang.IllegalStateException: the schema is older than this version';"
            + " echo '\tat org.example.Deployer.deploy(Deployer.java:1)';";
    private static final String READY = " echo 'Payara Micro 6.2025.10 (build 42) ready in 20,070 (ms)';";
    /** Stays up until TERM, as Payara does, and says it was told. */
    private static final String STAYS_UP = " trap 'echo stopped by TERM; exit 143' TERM; while :; do sleep 0.2; done";

    @TempDir
    Path dir;

    @Test
    void aStartWhoseApplicationDidNotDeployEndsWithCode70AndTheCauseLast() throws Exception {
        var run = supervise(FAILED + READY + STAYS_UP);
        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS), "it ends by itself");
        List<String> lines = run.output();
        assertEquals(70, run.process.exitValue(), String.join("\n", lines));
        assertTrue(lines.contains("stopped by TERM"), "the start was stopped: " + lines);
        assertEquals("The application did not deploy; the process ends with exit code 70. Cause: "
                + "java.lang.IllegalStateException: the schema is older than this version", lines.get(lines.size() - 1));
        assertTrue(lines.contains("Payara Micro 6.2025.10 (build 42) ready in 20,070 (ms)"), "its lines pass through");
    }

    @Test
    void theApplicationsOwnRefusalKeepsItsExitCode() throws Exception {
        var run = supervise(FAILED + READY + " sleep 0.3;"
                + " echo '[SEVERE] The application did not start; the process ends with exit code 78'; exit 78");
        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS));
        List<String> lines = run.output();
        assertEquals(78, run.process.exitValue(), String.join("\n", lines));
        assertTrue(lines.get(lines.size() - 1).endsWith("the process ends with exit code 78"), lines.toString());
        assertFalse(lines.contains("stopped by TERM"));
    }

    @Test
    void aDeployedStartRunsOnAndATermReachesIt() throws Exception {
        var run = supervise(READY + STAYS_UP);
        waitFor(run, "ready in");
        assertFalse(run.process.waitFor(2, TimeUnit.SECONDS), "a deployed start is left running past the grace");
        run.process.destroy();
        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, run.process.exitValue(), "the start's own code");
        assertTrue(run.output().contains("stopped by TERM"), run.output().toString());
    }

    private record Run(Process process, Path log) {
        List<String> output() throws IOException {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        }
    }

    private Run supervise(String script) throws IOException {
        Path log = dir.resolve("out.log");
        var builder = new ProcessBuilder("sh", "scripts/supervise", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LEADS_DEPLOY_GRACE", "1");
        return new Run(builder.start(), log);
    }

    private static void waitFor(Run run, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (run.output().stream().noneMatch(line -> line.contains(text))) {
            assertTrue(System.nanoTime() < deadline, "no line with " + text + ": " + run.output());
            assertTrue(run.process.isAlive(), "ended early: " + run.output());
            Thread.sleep(50);
        }
    }
}
