package io.devzone.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a component's log: what the user needs to see when it fails to start. */
final class LogTail {

    static final int LINES = 30;

    private LogTail() {
    }

    static List<String> of(Path log, int lines) {
        // Lenient decoding: a log may hold anything a process printed.
        try (Stream<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()) {
            List<String> list = all.toList();
            return list.subList(Math.max(0, list.size() - lines), list.size());
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }
}
