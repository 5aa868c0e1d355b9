package io.devzone.k8s;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;

/** How Kubernetes matches: an Ingress path to a request, a label selector to a pod's labels. */
final class Routes {

    private Routes() {
    }

    /** An Ingress rule's host, with whether the Ingress serves it over TLS. */
    record Host(Ingress ingress, IngressRule rule) {
        String origin() {
            boolean tls = Stream.ofNullable(ingress.getSpec().getTls()).flatMap(List::stream)
                    .anyMatch(entry -> entry.getHosts() != null && entry.getHosts().contains(rule.getHost()));
            return (tls ? "https://" : "http://") + rule.getHost();
        }

        /** The Service a request for {@code path} reaches: the longest Prefix or Exact path that matches wins. */
        Optional<String> serviceFor(String path) {
            return rule.getHttp().getPaths().stream()
                    .filter(route -> matches(route, path))
                    .max(Comparator.comparingInt(route -> route.getPath().length()))
                    .map(route -> route.getBackend().getService().getName());
        }
    }

    static Stream<Host> hosts(Render render) {
        return render.all(Ingress.class).flatMap(ingress -> ingress.getSpec().getRules().stream()
                .filter(rule -> rule.getHttp() != null)
                .map(rule -> new Host(ingress, rule)));
    }

    /** pathType Exact: the same path; Prefix: the route's path elements begin the request's. */
    static boolean matches(HTTPIngressPath route, String path) {
        if ("Exact".equals(route.getPathType())) {
            return route.getPath().equals(path);
        }
        String prefix = route.getPath().endsWith("/") ? route.getPath().substring(0, route.getPath().length() - 1) : route.getPath();
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Whether a pod with these labels is selected: every matchLabels entry and matchExpressions requirement holds. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        boolean byLabels = selector.getMatchLabels() == null || labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
        return byLabels && Stream.ofNullable(selector.getMatchExpressions()).flatMap(List::stream).allMatch(requirement -> holds(requirement, labels));
    }

    private static boolean holds(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }
}
