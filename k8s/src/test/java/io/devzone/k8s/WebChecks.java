package io.devzone.k8s;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The web app (module web): people open it at / of the public host, and their browser calls the gateway and the
 * realm itself, so the pod serves pages and reaches nothing.
 */
final class WebChecks {

    static final String WEB = "web";
    private static final String GATEWAY = "gateway";
    /** The namespace of the ingress controller, as k8s/base/network-policies.yaml selects it. */
    static final String INGRESS_CONTROLLER_NAMESPACE = "ingress-nginx";
    private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";

    private WebChecks() {
    }

    /**
     * On every host of the Ingress, / reaches the web app; the web app gives browsers that host's origin as the
     * gateway's URL (its /graphql is the gateway), the gateway's CORS admits that origin, and the realm's URL is one
     * a browser reaches, not a Service of the cluster.
     */
    static List<String> servedWithPublicUrls(Render render) {
        Optional<Workload> web = render.workload(WEB);
        if (web.isEmpty()) {
            return List.of("no workload labelled " + Workload.NAME_LABEL + "=" + WEB + ": the web app is not deployed");
        }
        Map<String, String> environment = render.environment(web.get().containers().get(0));
        Set<String> corsOrigins = render.workload(GATEWAY).map(gateway -> corsOrigins(render, gateway)).orElse(Set.of());
        List<String> problems = new ArrayList<>();
        String realm = environment.get("QUARKUS_OIDC_AUTH_SERVER_URL");
        if (realm == null) {
            problems.add(web.get().describe() + " gets no QUARKUS_OIDC_AUTH_SERVER_URL: browsers would not know where to log in");
        } else if (inCluster(realm)) {
            problems.add(web.get().describe() + " sends browsers to log in at " + realm + ", which only the cluster reaches");
        }
        String gatewayUrl = Optional.ofNullable(environment.get("DEVZONE_GATEWAY_URL")).map(url -> url.replaceAll("/$", "")).orElse(null);
        Routes.hosts(render).forEach(host -> {
            Optional<String> root = host.serviceFor("/");
            if (!root.equals(Optional.of(WEB))) {
                problems.add(host.origin() + "/ is routed to " + root.map(name -> "Service " + name).orElse("nothing") + ", not the web app");
            }
            if (!host.origin().equals(gatewayUrl)) {
                problems.add(web.get().describe() + " gives browsers the gateway at DEVZONE_GATEWAY_URL " + gatewayUrl
                        + "; the Ingress serves it at " + host.origin());
            }
            if (!corsOrigins.contains(host.origin())) {
                problems.add("the gateway's CORS origins " + corsOrigins + " do not admit the web app's origin " + host.origin());
            }
        });
        return problems;
    }

    /**
     * The web app's pods admit traffic from the ingress controller alone, and reach nothing but DNS: no database,
     * no gateway, no Keycloak.
     */
    static List<String> isolated(Render render) {
        Optional<Workload> web = render.workload(WEB);
        if (web.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        List<NetworkPolicy> policies = render.all(NetworkPolicy.class)
                .filter(policy -> Routes.selects(policy.getSpec().getPodSelector(), web.get().labels()))
                .toList();
        for (NetworkPolicy policy : policies) {
            String name = "NetworkPolicy " + policy.getMetadata().getName();
            Stream.ofNullable(policy.getSpec().getIngress()).flatMap(List::stream)
                    .flatMap(rule -> rule.getFrom() == null || rule.getFrom().isEmpty() ? Stream.of((NetworkPolicyPeer) null) : rule.getFrom().stream())
                    .filter(peer -> !fromIngressController(peer))
                    .findFirst()
                    .ifPresent(peer -> problems.add(name + " lets " + (peer == null ? "anyone" : "other than the ingress controller")
                            + " reach the web app"));
            Stream.ofNullable(policy.getSpec().getEgress()).flatMap(List::stream)
                    .filter(rule -> rule.getPorts() == null || rule.getPorts().isEmpty()
                            || rule.getPorts().stream().map(NetworkPolicyPort::getPort).anyMatch(port -> port == null || !Integer.valueOf(53).equals(port.getIntVal())))
                    .findFirst()
                    .ifPresent(rule -> problems.add(name + " lets the web app reach more than DNS"));
        }
        boolean admitted = policies.stream().flatMap(policy -> Stream.ofNullable(policy.getSpec().getIngress()).flatMap(List::stream))
                .flatMap(rule -> Stream.ofNullable(rule.getFrom()).flatMap(List::stream))
                .anyMatch(WebChecks::fromIngressController);
        if (!admitted) {
            problems.add("no NetworkPolicy lets the ingress controller (namespace " + INGRESS_CONTROLLER_NAMESPACE + ") reach the web app");
        }
        return problems;
    }

    private static boolean fromIngressController(NetworkPolicyPeer peer) {
        return peer != null && peer.getPodSelector() == null && peer.getIpBlock() == null && peer.getNamespaceSelector() != null
                && peer.getNamespaceSelector().getMatchLabels() != null
                && INGRESS_CONTROLLER_NAMESPACE.equals(peer.getNamespaceSelector().getMatchLabels().get(NAMESPACE_LABEL));
    }

    /** The origins the gateway's CORS admits: QUARKUS_HTTP_CORS_ORIGINS, else its configuration in its environment. */
    private static Set<String> corsOrigins(Render render, Workload gateway) {
        Map<String, String> environment = render.environment(gateway.containers().get(0));
        Optional<String> origins = Optional.ofNullable(environment.get("QUARKUS_HTTP_CORS_ORIGINS"))
                .or(() -> render.repository().quarkusModule(GATEWAY).flatMap(module -> module.value("quarkus.http.cors.origins", environment)));
        return origins.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip).collect(Collectors.toSet());
    }

    /** A URL whose host has no dot and is not localhost: a Service of the cluster. */
    private static boolean inCluster(String url) {
        String host = URI.create(url).getHost();
        return host == null || (!host.contains(".") && !host.equals("localhost"));
    }
}
