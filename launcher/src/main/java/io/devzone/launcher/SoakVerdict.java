package io.devzone.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a soak run saw, and whether it passed: the requests by kind and outcome, latencies by phase, errors by code,
 * each fault's recovery, each JVM's peak resident memory, and the ledger's read-back. Filled by the workload's
 * threads as answers come; printed once at the end.
 */
final class SoakVerdict {

    /** How one request ended. */
    enum Outcome {
        /** Answered as meant: 2xx, a whole GraphQL answer. */
        OK("ok"),
        /** A deliberate stale-version write, refused with CONFLICT as it must be. */
        CONFLICT_AS_MEANT("conflict as meant"),
        /** A GraphQL answer whose errors are all SUBGRAPH_UNAVAILABLE at fields of a faulted subgraph. */
        PARTIAL_AT_FAULT("partial at fault"),
        /** Failed while something it needs was the fault injected. */
        FAILED_AT_FAULT("failed at fault"),
        /** Failed with nothing it needs at fault: a healthy service's failure. */
        FAILED("failed");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** One injected fault: when it was lifted, and the seconds until the suite answered whole again. */
    record Fault(String name, Double recoverySeconds, String note) {
    }

    private final Map<String, Map<Outcome, Integer>> byKind = new TreeMap<>();
    private final Map<String, List<Long>> latenciesByPhase = new LinkedHashMap<>();
    private final Map<String, int[]> errorsByCode = new TreeMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, Long> peakRssKb = new TreeMap<>();
    private final List<String> wrongPartials = new ArrayList<>();
    private int wrongPartialCount;
    private int sent;
    private int notSent;

    synchronized void sent() {
        sent++;
    }

    /** A request the schedule called for while every client was still waiting: the rate was not held. */
    synchronized void notSent() {
        notSent++;
    }

    /**
     * @param code     the error's code (HTTP status and house code, or how the connection failed); null when OK
     * @param latencyNanos from sending to the answer; negative when none came
     */
    synchronized void answered(String kind, String phase, Outcome outcome, String code, long latencyNanos) {
        byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(outcome, 1, Integer::sum);
        if (latencyNanos >= 0) {
            latenciesByPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(latencyNanos);
        } else {
            latenciesByPhase.computeIfAbsent(phase, p -> new ArrayList<>());
        }
        if (code != null) {
            errorsByCode.computeIfAbsent(code, c -> new int[2])[outcome == Outcome.FAILED ? 1 : 0]++;
        }
    }

    /** A partial GraphQL answer with an error that is not SUBGRAPH_UNAVAILABLE at a faulted subgraph's field. */
    synchronized void wrongPartial(String detail) {
        wrongPartialCount++;
        if (wrongPartials.size() < 5) {
            wrongPartials.add(detail);
        }
    }

    synchronized void fault(Fault fault) {
        faults.add(fault);
    }

    synchronized void rss(String component, long kb) {
        peakRssKb.merge(component, kb, Math::max);
    }

    synchronized int failed() {
        return byKind.values().stream().mapToInt(m -> m.getOrDefault(Outcome.FAILED, 0)).sum();
    }

    synchronized int wrongPartials() {
        return wrongPartialCount;
    }

    /** The faults injected, in order: "kill -9 investment-service", ... */
    synchronized List<String> faults() {
        return faults.stream().map(Fault::name).toList();
    }

    synchronized List<String> unrecovered() {
        return faults.stream().filter(f -> f.recoverySeconds() == null).map(Fault::name).toList();
    }

    synchronized boolean passed(SoakLedger.Check check) {
        return failed() == 0 && check.lossless() && unrecovered().isEmpty();
    }

    /** The table printed at the end of a run. */
    synchronized String table(SoakLedger.Check check) {
        StringBuilder out = new StringBuilder();
        int answered = byKind.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        out.append(String.format("requests: %d sent, %d answered or failed, %d not sent (every client busy)%n%n",
                sent, answered, notSent));
        out.append(String.format("%-40s", "kind"));
        for (Outcome outcome : Outcome.values()) {
            out.append(String.format(" %18s", outcome.label));
        }
        out.append('\n');
        byKind.forEach((kind, outcomes) -> {
            out.append(String.format("%-40s", kind));
            for (Outcome outcome : Outcome.values()) {
                out.append(String.format(" %18d", outcomes.getOrDefault(outcome, 0)));
            }
            out.append('\n');
        });
        out.append(String.format("%n%-44s %9s %9s %9s%n", "phase", "answers", "p50 ms", "p99 ms"));
        latenciesByPhase.forEach((phase, latencies) -> {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            out.append(String.format("%-44s %9d %9.1f %9.1f%n", phase, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 99)));
        });
        out.append(String.format("%n%-44s %9s %9s%n", "errors by code", "at fault", "healthy"));
        if (errorsByCode.isEmpty()) {
            out.append("  none\n");
        }
        errorsByCode.forEach((code, counts) -> out.append(String.format("%-44s %9d %9d%n", code, counts[0],
                counts[1])));
        out.append(String.format("%n%-44s %s%n", "fault", "recovered after"));
        if (faults.isEmpty()) {
            out.append("  none injected\n");
        }
        faults.forEach(f -> out.append(String.format("%-44s %s%s%n", f.name(),
                f.recoverySeconds() == null ? "NOT RECOVERED" : String.format("%.1f s", f.recoverySeconds()),
                f.note().isEmpty() ? "" : "  (" + f.note() + ")")));
        out.append(String.format("%n%-44s %s%n", "peak resident memory (RSS)", "MB"));
        peakRssKb.forEach((component, kb) -> out.append(String.format("%-44s %d%n", component, kb / 1024)));
        out.append(String.format("%nwrong partial answers: %d%s%n", wrongPartialCount,
                wrongPartials.isEmpty() ? "" : ", e.g. " + String.join("; ", wrongPartials)));
        out.append(String.format("acknowledged writes read back: %d writes on %d records: missing %d, changed %d,"
                        + " duplicated %d (unanswered writes found applied: %d)%n", check.writes(), check.records(),
                check.missing(), check.changed(), check.duplicated(), check.unansweredApplied()));
        check.findings().stream().limit(10).forEach(f -> out.append("  ").append(f).append('\n'));
        out.append(passed(check) ? "PASSED\n" : String.format("FAILED: %d requests failed on healthy services, "
                + "%d writes lost, changed or duplicated, %d faults not recovered%n", failed(),
                check.missing() + check.changed() + check.duplicated(), unrecovered().size()));
        return out.toString();
    }

    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1_000_000.0;
    }
}
