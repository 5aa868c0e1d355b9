package io.devzone.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Keeps a running suite running ({@code ./devzone up}): a service or Keycloak that stops on its own (a crash, the
 * heap bound, {@code kill -9}) is started again after a back-off that doubles while it keeps stopping, and each
 * stop, start and return to readiness is said on the launcher's output. PostgreSQL is only reported: it is started
 * again by whoever stopped it.
 */
final class Supervision {

    static final Duration POLL = Duration.ofSeconds(1);

    /**
     * When to start a component again: 1 s after it stopped, doubled for each stop within {@link #STABLE} of the
     * last start, at most {@link #MAX_DELAY}; a component that ran for {@link #STABLE} starts from 1 s again.
     */
    static final class BackOff {
        static final Duration FIRST_DELAY = Duration.ofSeconds(1);
        static final Duration MAX_DELAY = Duration.ofSeconds(60);
        static final Duration STABLE = Duration.ofMinutes(2);

        private int stopsInARow;
        private Long lastStartNanos;

        /** The delay before starting it again, for a stop at {@code nowNanos}. */
        Duration delayAfterStop(long nowNanos) {
            boolean quick = lastStartNanos != null && nowNanos - lastStartNanos < STABLE.toNanos();
            stopsInARow = quick ? stopsInARow + 1 : 0;
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(stopsInARow, 6));
            return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        }

        void started(long nowNanos) {
            lastStartNanos = nowNanos;
        }
    }

    /** A component that stopped: when it did, and when it is to start again; then that it is starting. */
    private static final class Down {
        final long stoppedAt;
        final long startAt;
        boolean starting;

        Down(long stoppedAt, long startAt) {
            this.stoppedAt = stoppedAt;
            this.startAt = startAt;
        }
    }

    private final Suite suite;
    private final PrintStream out;
    private final Map<String, BackOff> backOffs = new HashMap<>();
    private final Map<String, Down> down = new HashMap<>();

    Supervision(Suite suite, PrintStream out) {
        this.suite = suite;
        this.out = out;
    }

    /** Watches until the suite is closed. */
    void watch() {
        watchWhile(() -> true);
    }

    /** Watches until the suite is closed or {@code wanted} says no more (a bounded soak's own supervision). */
    void watchWhile(BooleanSupplier wanted) {
        while (!suite.isClosed() && wanted.getAsBoolean()) {
            for (String component : suite.config().components()) {
                check(component);
            }
            ManagedProcess.sleep(POLL);
        }
    }

    private void check(String component) {
        long now = System.nanoTime();
        Down stopped = down.get(component);
        boolean running = suite.isRunning(component);
        if (suite.isClosed()) {
            return;
        }
        if (stopped == null) {
            if (!running) {
                stoppedOnItsOwn(component, now);
            }
            return;
        }
        if (component.equals(Suite.POSTGRES)) {
            if (running) {
                down.remove(component);
                say("  " + component + " runs again (started outside the launcher)");
            }
            return;
        }
        if (stopped.starting && running && HttpProbe.isOk(suite.config().readinessUrl(component))) {
            down.remove(component);
            say(String.format("  %s is ready again, %.1f s after it stopped", component,
                    (now - stopped.stoppedAt) / 1e9));
        } else if (stopped.starting && !running) {
            down.remove(component);
            stoppedOnItsOwn(component, now);
        } else if (!stopped.starting && now >= stopped.startAt) {
            try {
                suite.restart(component);
                backOffs.get(component).started(now);
                stopped.starting = true;
                say("  starting " + component + " again");
            } catch (LauncherException e) {
                down.remove(component);
                say("! " + component + " could not be started again: " + e.getMessage());
            }
        }
    }

    private void stoppedOnItsOwn(String component, long now) {
        String why = outOfMemory(suite.logFile(component)) + "; see " + suite.logFile(component);
        if (component.equals(Suite.POSTGRES)) {
            down.put(component, new Down(now, Long.MAX_VALUE));
            say("! " + component + " stopped" + why);
            return;
        }
        Duration delay = backOffs.computeIfAbsent(component, c -> new BackOff()).delayAfterStop(now);
        down.put(component, new Down(now, now + delay.toNanos()));
        say("! " + component + " stopped on its own" + why + "; starting it again in " + delay.toSeconds() + " s");
    }

    private void say(String line) {
        out.println(line);
    }

    /** Why a JVM ended, if it ran out of heap (-XX:+ExitOnOutOfMemoryError prints it last). */
    static String outOfMemory(Path log) {
        return LogTail.of(log, 5).stream().anyMatch(line -> line.contains("OutOfMemoryError"))
                ? ": it ran out of memory (README, \"Memory\": raise its heap bound)" : "";
    }
}
