package io.devzone.launcher;

import java.io.PrintStream;
import java.time.Duration;

/** One line per component: its name, a dot per second waited (the seconds every ten), then the outcome. */
final class ConsoleProgress implements ProgressListener {

    private final PrintStream out;
    private long dots;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void starting(String component) {
        dots = 0;
        out.printf("  %-24s", component);
        out.flush();
    }

    @Override
    public synchronized void waiting(String component, Duration elapsed) {
        // Catch up to the elapsed seconds, so a slow poll doesn't make the line lie.
        while (dots < elapsed.toSeconds()) {
            dots++;
            out.print(dots % 10 == 0 ? dots + "s" : ".");
        }
        out.flush();
    }

    @Override
    public synchronized void ready(String component, Duration elapsed) {
        out.println(" ready (" + seconds(elapsed) + ")");
    }

    @Override
    public synchronized void failed(String component, Duration elapsed, String reason) {
        out.println(" FAILED after " + seconds(elapsed) + ": " + reason);
    }

    @Override
    public synchronized void note(String message) {
        out.println(message);
    }

    private static String seconds(Duration elapsed) {
        return String.format("%.1f s", elapsed.toMillis() / 1000.0);
    }
}
