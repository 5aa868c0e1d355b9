package io.devzone.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * Every JVM has a heap bound that fits its container's memory limit, so a runaway request ends in the JVM's own
 * OutOfMemoryError (and a restart), not in the kernel's OOM kill of a pod whose heap could still grow.
 */
final class MemoryChecks {

    /** The java launcher's own variable: read however the image starts java (run-java.sh adds its own options). */
    static final String JAVA_OPTIONS = "JDK_JAVA_OPTIONS";
    /** bin/kc.sh's heap options; its default JAVA_OPTS already carry -XX:+ExitOnOutOfMemoryError. */
    static final String KEYCLOAK_HEAP = "JAVA_OPTS_KC_HEAP";
    static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    /**
     * What a JVM needs beside its heap (metaspace, code cache, thread stacks, GC, direct buffers). Measured with the
     * demo data and the system tests (README, "Memory"): a Quarkus service's resident memory beyond its committed
     * heap stayed under 190 MB; Keycloak's metaspace alone may take 256 MB (kc.sh's -XX:MaxMetaspaceSize).
     */
    static final long QUARKUS_NON_HEAP = 192L << 20;
    static final long KEYCLOAK_NON_HEAP = 384L << 20;

    private static final Pattern MAX_HEAP = Pattern.compile("(?:^|\\s)-Xmx(\\d+)([kKmMgG]?)(?=\\s|$)");

    private MemoryChecks() {
    }

    /**
     * Each Quarkus module's container sets -Xmx and -XX:+ExitOnOutOfMemoryError in {@value #JAVA_OPTIONS}, Keycloak's
     * -Xmx in {@value #KEYCLOAK_HEAP}; and its memory limit holds that heap and what the JVM needs beside it.
     */
    static List<String> heapFitsMemoryLimit(Render render) {
        List<String> problems = new ArrayList<>();
        QuarkusChecks.deployed(render).forEach(deployed -> problems.addAll(
                fits(deployed.where(), deployed.container(), JAVA_OPTIONS, true, QUARKUS_NON_HEAP)));
        render.workloads().forEach(workload -> workload.containers().stream()
                .filter(container -> container.getImage().startsWith(KeycloakChecks.IMAGE + ":"))
                .forEach(container -> problems.addAll(fits(workload.describe() + " container " + container.getName(),
                        container, KEYCLOAK_HEAP, false, KEYCLOAK_NON_HEAP))));
        return problems;
    }

    private static List<String> fits(String where, Container container, String variable, boolean exitOnOutOfMemory, long nonHeap) {
        Optional<String> options = Stream.ofNullable(container.getEnv()).flatMap(List::stream)
                .filter(env -> env.getName().equals(variable)).map(EnvVar::getValue).findFirst();
        Optional<Long> heap = options.flatMap(MemoryChecks::maxHeap);
        if (heap.isEmpty()) {
            return List.of(where + " sets no -Xmx in " + variable + ": its heap grows with the node's memory, not its limit");
        }
        List<String> problems = new ArrayList<>();
        if (exitOnOutOfMemory && !options.get().contains(EXIT_ON_OUT_OF_MEMORY)) {
            problems.add(where + " lacks " + EXIT_ON_OUT_OF_MEMORY + " in " + variable + ": out of memory, it would limp on");
        }
        Optional<Quantity> limit = Optional.ofNullable(container.getResources())
                .map(resources -> resources.getLimits()).map(limits -> limits.get("memory"));
        long needed = heap.get() + nonHeap;
        if (limit.isEmpty() || Quantity.getAmountInBytes(limit.get()).longValueExact() < needed) {
            problems.add(where + " has a memory limit of " + limit.map(Quantity::toString).orElse("(none)") + "; its heap of "
                    + (heap.get() >> 20) + " MiB and " + (nonHeap >> 20) + " MiB beside it need " + (needed >> 20) + "Mi");
        }
        return problems;
    }

    /** The last -Xmx of a JVM's options (the JVM takes the last), in bytes. */
    static Optional<Long> maxHeap(String options) {
        Matcher matcher = MAX_HEAP.matcher(options);
        Long bytes = null;
        while (matcher.find()) {
            long amount = Long.parseLong(matcher.group(1));
            bytes = amount << Map.of("", 0, "k", 10, "m", 20, "g", 30).get(matcher.group(2).toLowerCase());
        }
        return Optional.ofNullable(bytes);
    }
}
