package io.devzone.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Stops a process together with everything it started, so that nothing is left behind. */
final class ProcessTree {

    static final Duration GRACE = Duration.ofSeconds(20);

    private ProcessTree() {
    }

    /**
     * Asks the process and its descendants to terminate (SIGTERM), waits up to {@code grace},
     * then kills what is left (SIGKILL).
     *
     * @return whether all of it ended within the grace period
     */
    static boolean stop(ProcessHandle root, Duration grace) {
        return stop(List.of(root), grace);
    }

    /** Like {@link #stop(ProcessHandle, Duration)}, for several processes at once: the grace period is shared. */
    static boolean stop(List<ProcessHandle> roots, Duration grace) {
        // Taken before signalling: once a root is gone its children are re-parented and can't be found from it.
        List<ProcessHandle> tree = withDescendants(roots);
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return true;
        }
        Stream.concat(tree.stream(), withDescendants(roots).stream()).filter(ProcessHandle::isAlive)
                .forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(5));
        return false;
    }

    private static List<ProcessHandle> withDescendants(List<ProcessHandle> roots) {
        return roots.stream().flatMap(root -> Stream.concat(Stream.of(root), root.descendants())).toList();
    }

    static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
