package io.devzone.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A component running as a child process, its stdout and stderr going to its log file. */
final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final long startedAt = System.nanoTime();
    private volatile boolean stopRequested;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** @param appendLog whether the log goes on (a restart: the log of the run it ended is kept) */
    static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                Path workingDir, Path logFile, boolean appendLog) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                // a first start truncates: the log is this run's
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            return new ManagedProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new LauncherException("Could not start " + name + " (" + String.join(" ", command) + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Waits until {@code readinessUrl} answers 200.
     *
     * @throws StartupFailedException if the process ends or {@code timeout} passes first (counted from this call:
     *                                a process may have been started long before, while another one was awaited)
     */
    void awaitReady(URI readinessUrl, Duration timeout, ProgressListener progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt);
            if (stopRequested) {
                throw new LauncherException(name + " was stopped while starting");
            }
            if (HttpProbe.isOk(readinessUrl)) {
                progress.ready(name, elapsed);
                return;
            }
            if (!process.isAlive()) {
                throw failed("exited with code " + process.exitValue(), elapsed, progress);
            }
            if (System.nanoTime() > deadline) {
                throw failed("was not ready within " + timeout.toSeconds() + " s at " + readinessUrl, elapsed, progress);
            }
            progress.waiting(name, elapsed);
            sleep(Duration.ofSeconds(1));
        }
    }

    private StartupFailedException failed(String reason, Duration elapsed, ProgressListener progress) {
        progress.failed(name, elapsed, reason);
        return new StartupFailedException(name, reason, logFile, LogTail.of(logFile, LogTail.LINES));
    }

    /** Stops the processes and their descendants together; see {@link ProcessTree#stop}. */
    static void stopAll(List<ManagedProcess> processes) {
        processes.forEach(p -> p.stopRequested = true);
        ProcessTree.stop(processes.stream().map(p -> p.process.toHandle()).toList(), ProcessTree.GRACE);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String name() {
        return name;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
