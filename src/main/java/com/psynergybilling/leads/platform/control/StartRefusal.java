package com.psynergybilling.leads.platform.control;

import java.util.logging.Logger;

/**
 * Ends the process when the application cannot start, saying why on the log's last lines: Payara
 * Micro would otherwise print "ready" and stay up with nothing deployed, so scripts/run, a container
 * and a rollout would carry on as if it served. The exit waits a moment, letting the deployment
 * fail and the container report it, then repeats the cause and halts: Payara's shutdown hooks would
 * print their own lines after it, and there is nothing deployed to shut down cleanly.
 */
public final class StartRefusal {

    /** EX_UNAVAILABLE of sysexits.h: the database could not be reached. */
    public static final int UNAVAILABLE = 69;
    /** EX_CONFIG of sysexits.h: the configuration or the database does not fit this version. */
    public static final int CONFIG = 78;
    static final long DELAY_MILLIS = 3000;

    private StartRefusal() {
    }

    public static void endProcess(Logger log, String cause, int code, boolean exit) {
        log.severe(cause);
        if (!exit) {
            return;
        }
        // Everything the thread needs is made now: once the deployment has failed, the application's
        // class loader is closed and can load nothing more (not even a lambda's class).
        var end = new Thread(new Ending(log, cause, "The application did not start; the process ends with exit code "
                + code, code), "leads-refused-start");
        end.setDaemon(false);
        end.start();
    }

    private static final class Ending implements Runnable {

        private final Logger log;
        private final String cause;
        private final String last;
        private final int code;
        // Resolved here, while the application's class loader still loads: from run(), even a java.*
        // class not yet resolved in this class's constant pool would be asked of the closed loader.
        private final java.io.PrintStream out = System.out;
        private final java.io.PrintStream err = System.err;
        private final Runtime runtime = Runtime.getRuntime();

        Ending(Logger log, String cause, String last, int code) {
            this.log = log;
            this.cause = cause;
            this.last = last;
            this.code = code;
            // Each class the ending calls is resolved by a first call here (a field's type is not).
            log.getName();
            out.flush();
            err.flush();
            pause(0);
        }

        @Override
        public void run() {
            pause(DELAY_MILLIS);
            log.severe(cause);
            log.severe(last);
            out.flush();
            err.flush();
            pause(200);
            runtime.halt(code);
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
