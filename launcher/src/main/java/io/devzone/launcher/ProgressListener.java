package io.devzone.launcher;

import java.io.PrintStream;
import java.time.Duration;

/** What {@link Suite#start} reports while components come up; {@link #SILENT} reports nothing. */
public interface ProgressListener {

    ProgressListener SILENT = new ProgressListener() {
    };

    /** The launcher's output: a line per component, a dot per second waited. */
    static ProgressListener console(PrintStream out) {
        return new ConsoleProgress(out);
    }

    /** A component is being started; the next calls with the same name are about it. */
    default void starting(String component) {
    }

    /** Still waiting for the component; called about once a second. */
    default void waiting(String component, Duration elapsed) {
    }

    default void ready(String component, Duration elapsed) {
    }

    default void failed(String component, Duration elapsed, String reason) {
    }

    /** Anything else worth telling, e.g. that a first start takes longer. */
    default void note(String message) {
    }
}
