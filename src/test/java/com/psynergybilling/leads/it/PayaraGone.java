package com.psynergybilling.leads.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets one integration class's Payara Micro end before the next one starts. Arquillian's adapter
 * stops the container with {@link Process#destroy()} and does not wait, so the next class's node
 * used to start while the last one was still closing the shared H2 file (AUTO_SERVER): two
 * processes writing one file corrupted it now and then (H2 90030). Registered for every
 * integration class through JUnit's extension auto-detection (failsafe only, see pom.xml); its
 * after-all runs after Arquillian's, which has already sent the stop.
 */
public final class PayaraGone implements BeforeAllCallback, AfterAllCallback {

    private static final Logger LOG = Logger.getLogger(PayaraGone.class.getName());
    private static final Duration GRACE = Duration.ofSeconds(60);

    @Override
    public void beforeAll(ExtensionContext context) {
        awaitExit();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        awaitExit();
    }

    /** Waits for every Payara Micro this JVM started to exit; one that outlives the grace is killed. */
    static void awaitExit() {
        List<ProcessHandle> nodes = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .toList();
        for (ProcessHandle node : nodes) {
            try {
                long start = System.nanoTime();
                node.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
                LOG.info("Payara Micro " + node.pid() + " exited after "
                        + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            } catch (TimeoutException e) {
                LOG.warning("Payara Micro " + node.pid() + " still running after " + GRACE + ": killed");
                node.destroyForcibly();
                node.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
