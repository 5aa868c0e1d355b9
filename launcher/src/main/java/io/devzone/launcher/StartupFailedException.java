package io.devzone.launcher;

import java.nio.file.Path;
import java.util.List;

/** A component did not become ready; carries the end of its log, which usually says why. */
public final class StartupFailedException extends LauncherException {

    private final String component;
    private final Path logFile;
    private final List<String> logTail;

    public StartupFailedException(String component, String reason, Path logFile, List<String> logTail) {
        super(component + " " + reason + " (log: " + logFile + ")");
        this.component = component;
        this.logFile = logFile;
        this.logTail = List.copyOf(logTail);
    }

    public String component() {
        return component;
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> logTail() {
        return logTail;
    }

    /** The end of the component's log, framed, for a person reading a console or a test report. */
    public String logReport() {
        return "--- last lines of " + logFile + " ---\n" + String.join("\n", logTail) + (logTail.isEmpty() ? "" : "\n") + "---";
    }
}
