package io.devzone.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code <data>/run/<component>.pid}: how {@code down} and {@code status}, in another terminal, find
 * the processes of a running suite. Each file holds the pid and the process' start time, so that
 * a recycled pid is never mistaken for ours.
 */
final class PidFiles {

    private final Path runDir;

    PidFiles(Path runDir) {
        this.runDir = runDir;
    }

    void write(String component, ProcessHandle process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("");
        try {
            Files.createDirectories(runDir);
            Files.writeString(file(component), process.pid() + "\n" + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded process, if it is still running. */
    Optional<ProcessHandle> alive(String component) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file(component));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        String recordedStart = lines.size() > 1 ? lines.get(1).strip() : "";
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> recordedStart.isEmpty() || p.info().startInstant()
                        .map(Instant::toString).map(recordedStart::equals).orElse(true));
    }

    void delete(String component) {
        try {
            Files.deleteIfExists(file(component));
        } catch (IOException e) {
            // a stale pid file is harmless: alive() checks the process
        }
    }

    private Path file(String component) {
        return runDir.resolve(component + ".pid");
    }
}
