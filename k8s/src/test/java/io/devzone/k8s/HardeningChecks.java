package io.devzone.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/** Locked down: hardened containers, traffic denied unless allowed, no secret value committed. */
final class HardeningChecks {

    private HardeningChecks() {
    }

    /**
     * Every container of every Deployment and StatefulSet has start-up, liveness and readiness probes, CPU and
     * memory requests and limits, runs as a non-root user under the runtime's seccomp profile, cannot gain
     * privileges, drops every capability, and runs a pinned image.
     */
    static List<String> workloadsHardened(Render render) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : render.workloads()) {
            for (Container container : workload.containers()) {
                String where = workload.describe() + " container " + container.getName();
                if (container.getStartupProbe() == null || container.getLivenessProbe() == null || container.getReadinessProbe() == null) {
                    problems.add(where + " lacks a start-up, liveness or readiness probe");
                }
                ResourceRequirements resources = container.getResources();
                if (resources == null || !cpuAndMemory(resources.getRequests()) || !cpuAndMemory(resources.getLimits())) {
                    problems.add(where + " lacks CPU and memory requests and limits");
                }
                if (!workload.runAsNonRoot(container).orElse(false) || workload.runAsUser(container).orElse(-1L) == 0) {
                    problems.add(where + " may run as root (runAsNonRoot is not true)");
                }
                if (!workload.seccompProfile(container).map(type -> type.equals("RuntimeDefault") || type.equals("Localhost")).orElse(false)) {
                    problems.add(where + " runs without a seccomp profile");
                }
                Optional<SecurityContext> context = Optional.ofNullable(container.getSecurityContext());
                if (!context.map(SecurityContext::getAllowPrivilegeEscalation).orElse(true).equals(false)) {
                    problems.add(where + " may escalate privileges (allowPrivilegeEscalation is not false)");
                }
                if (!context.map(SecurityContext::getCapabilities).map(Capabilities::getDrop)
                        .map(drop -> drop.contains("ALL")).orElse(false)) {
                    problems.add(where + " keeps capabilities (drop is not [ALL])");
                }
                if (!pinned(container.getImage())) {
                    problems.add(where + " runs " + container.getImage() + ", not a pinned tag or digest");
                }
            }
        }
        return problems;
    }

    /** A NetworkPolicy selects every pod for ingress and egress and allows nothing: what no other policy allows is denied. */
    static List<String> denyByDefault(Render render) {
        boolean denies = render.all(NetworkPolicy.class).map(NetworkPolicy::getSpec).anyMatch(spec -> everyPod(spec.getPodSelector())
                && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && (spec.getIngress() == null || spec.getIngress().isEmpty())
                && (spec.getEgress() == null || spec.getEgress().isEmpty()));
        return denies ? List.of() : List.of("no NetworkPolicy denies all traffic by default (podSelector {}, Ingress and Egress, no rules)");
    }

    /** The render holds no Secret: every secret value comes from ops. */
    static List<String> noSecretValues(Render render) {
        return render.all(Secret.class)
                .map(secret -> "Secret " + secret.getMetadata().getName() + " is committed; ops supply secrets (" + SuppliedByOps.FILE + ")")
                .toList();
    }

    private static boolean cpuAndMemory(Map<String, Quantity> amounts) {
        return amounts != null && amounts.containsKey("cpu") && amounts.containsKey("memory");
    }

    private static boolean everyPod(LabelSelector selector) {
        return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
    }

    private static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        return lastPart.contains(":") && !lastPart.endsWith(":latest");
    }
}
