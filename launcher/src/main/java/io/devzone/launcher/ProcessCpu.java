package io.devzone.launcher;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The CPU time the suite's local processes have used, so that {@code bench} can show where a request's time
 * goes: two snapshots around a run give each component's CPU per request. Throughput alone cannot tell a slow
 * gateway from busy subgraphs when they all share one machine.
 */
final class ProcessCpu {

    private final Function<String, Optional<ProcessHandle>> processes;
    private final List<String> components;

    ProcessCpu(Function<String, Optional<ProcessHandle>> processes, List<String> components) {
        this.processes = processes;
        this.components = List.copyOf(components);
    }

    /**
     * Each component's CPU time so far, with its child processes' (PostgreSQL serves each connection from a
     * process of its own), in the order given. One without a process here (e.g. the suite runs elsewhere) is left
     * out, and so is one whose CPU time the platform does not report.
     */
    Snapshot snapshot() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        for (String component : components) {
            processes.apply(component).ifPresent(process -> process.info().totalCpuDuration()
                    .ifPresent(cpu -> samples.put(component, new Sample(process.pid(), cpu.plus(children(process))))));
        }
        return new Snapshot(samples);
    }

    private static Duration children(ProcessHandle process) {
        return process.descendants().map(child -> child.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    record Sample(long pid, Duration cpu) {
    }

    record Snapshot(Map<String, Sample> samples) {

        Snapshot {
            // Map.copyOf would lose the components' order, which the output keeps.
            samples = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        }

        /**
         * Per component, the milliseconds of CPU per request since {@code before}. A component missing from
         * either snapshot, or restarted in between (another pid: its CPU time began again), is left out;
         * with no requests there is nothing to divide.
         */
        Map<String, Double> msPerRequestSince(Snapshot before, long requests) {
            Map<String, Double> perRequest = new LinkedHashMap<>();
            if (requests > 0) {
                samples.forEach((component, now) -> {
                    Sample then = before.samples().get(component);
                    if (then != null && then.pid() == now.pid()) {
                        perRequest.put(component, now.cpu().minus(then.cpu()).toNanos() / 1e6 / requests);
                    }
                });
            }
            return Collections.unmodifiableMap(perRequest);
        }
    }
}
