package io.devzone.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;

/** Prometheus (prometheus-operator) scrapes every module that serves metrics, and alerts on what they expose. */
final class MonitoringChecks {

    /** The list the alert rules are held to; the services' and the gateway's tests find each of theirs. */
    static final Path ALERTED_METRICS = Path.of("alerted-metrics.txt");

    /** An alert for each question ops ask: a subgraph down, the error rate, p99, pool exhaustion, a restart. */
    static final Set<String> ALERTS = Set.of("DevZoneSubgraphDown", "DevZoneErrorRate", "DevZoneSlowRequests",
            "DevZoneConnectionPoolExhausted", "DevZonePodRestarting");

    /** A metric in PromQL, as the rules write every one: its name right before its label matchers. */
    private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private MonitoringChecks() {
    }

    /**
     * Every Deployment of a module that serves metrics is selected by a PodMonitor that scrapes a port its
     * container declares, at the module's metrics path.
     */
    static List<String> podsMonitored(Render render) {
        List<PodMonitor> monitors = render.all(PodMonitor.class).toList();
        return QuarkusChecks.deployed(render).filter(deployed -> deployed.module().exportsMetrics())
                .filter(deployed -> monitors.stream()
                        .filter(monitor -> Routes.selects(monitor.getSpec().getSelector(), deployed.workload().labels()))
                        .flatMap(monitor -> monitor.getSpec().getPodMetricsEndpoints().stream())
                        .noneMatch(endpoint -> deployed.module().metricsPath().equals(endpoint.getPath())
                                && Stream.ofNullable(deployed.container().getPorts()).flatMap(List::stream)
                                        .anyMatch(port -> Objects.equals(port.getName(), endpoint.getPort()))))
                .map(deployed -> deployed.where() + " is scraped by no PodMonitor at its port and "
                        + deployed.module().metricsPath())
                .toList();
    }

    /**
     * The rules alert on each of {@link #ALERTS}, and the metrics their expressions name are exactly those of
     * the production overlay's alerted-metrics.txt, the one that ships the rules (a name the modules do not expose never reaches a rule unseen).
     */
    static List<String> alertsOnExposedMetrics(Render render) {
        List<Rule> rules = render.all(PrometheusRule.class)
                .flatMap(rule -> rule.getSpec().getGroups().stream())
                .flatMap(group -> group.getRules().stream()).toList();
        List<String> problems = new ArrayList<>();
        Set<String> alerts = rules.stream().map(Rule::getAlert).filter(Objects::nonNull).collect(Collectors.toSet());
        ALERTS.stream().filter(alert -> !alerts.contains(alert))
                .forEach(alert -> problems.add("no alert rule " + alert));
        Set<String> named = new TreeSet<>();
        rules.forEach(rule -> {
            Matcher metric = METRIC.matcher(rule.getExpr().getStrVal());
            while (metric.find()) {
                named.add(metric.group(1));
            }
        });
        Set<String> listed = alertedMetrics(render.repository().overlays().resolve("production"));
        named.stream().filter(name -> !listed.contains(name)).forEach(name -> problems.add(
                "an alert names " + name + ", which " + ALERTED_METRICS + " does not list as exposed"));
        listed.stream().filter(name -> !named.contains(name)).forEach(name -> problems.add(
                ALERTED_METRICS + " lists " + name + ", which no alert names"));
        return problems;
    }

    /** The metric names of alerted-metrics.txt ({@code <who exposes it> <metric>} lines). */
    static Set<String> alertedMetrics(Path overlay) {
        try {
            return Files.readAllLines(overlay.resolve(ALERTED_METRICS)).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.trim().split("\\s+")[1])
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
