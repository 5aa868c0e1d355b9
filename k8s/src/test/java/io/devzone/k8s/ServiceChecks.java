package io.devzone.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;

/** How traffic finds pods: Services, the Ingress, and the in-cluster URLs in the configuration. */
final class ServiceChecks {

    /** scheme://host[:port] where the host has no dot: a Service of the namespace. */
    private static final Pattern CLUSTER_URL = Pattern.compile("([a-z][a-z0-9+.:-]*)://([a-z0-9-]+)(?::(\\d+))?(?![a-z0-9.-])");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443);

    private ServiceChecks() {
    }

    /** Every Service selects the pods of a Deployment or StatefulSet, and each of its ports targets a declared container port. */
    static List<String> servicesSelectWorkloads(Render render) {
        List<String> problems = new ArrayList<>();
        render.all(Service.class).forEach(service -> {
            String name = "Service " + service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            List<Workload> selected = selector == null || selector.isEmpty() ? List.of() : render.workloads().stream()
                    .filter(workload -> workload.labels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (selected.isEmpty()) {
                problems.add(name + " selects " + selector + ", which no Deployment's or StatefulSet's pods carry");
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                selected.stream()
                        .filter(workload -> Workload.port(workload.containers(), target).isEmpty())
                        .forEach(workload -> problems.add(name + " targets port " + target.getValue() + ", which "
                                + workload.describe() + " declares in no container"));
            }
        });
        return problems;
    }

    /** The gateway's GraphiQL page, relative to the repository. */
    static final Path GRAPHIQL_PAGE = Path.of("gateway/src/main/resources/META-INF/resources/graphiql/index.html");
    private static final Pattern PAGE_ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    /**
     * GraphiQL works through the Ingress: on every host, its page, every script and style the page loads and
     * {@code /graphql} itself route to the gateway (the longest matching path wins; Prefix paths match whole path
     * elements, so {@code /graphql} is not {@code /graphql-ui}).
     */
    static List<String> graphiqlRouted(Render render) {
        List<String> wanted = new ArrayList<>(List.of("/graphiql/", "/graphql"));
        try {
            Matcher asset = PAGE_ASSET.matcher(Files.readString(render.repository().root().resolve(GRAPHIQL_PAGE)));
            while (asset.find()) {
                wanted.add(asset.group(1));
            }
        } catch (IOException e) {
            return List.of("cannot read " + GRAPHIQL_PAGE + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Routes.hosts(render).forEach(host -> {
            for (String path : wanted) {
                Optional<String> service = host.serviceFor(path);
                if (!service.equals(Optional.of("gateway"))) {
                    problems.add(host.origin() + path + " (GraphiQL, " + GRAPHIQL_PAGE.getFileName() + ") is routed to "
                            + service.map(name -> "Service " + name).orElse("nothing") + ", not the gateway");
                }
            }
        });
        return problems;
    }

    /** Every path of every Ingress routes to a Service of the render, on a port that Service has. */
    static List<String> ingressBackendsExist(Render render) {
        List<String> problems = new ArrayList<>();
        render.all(Ingress.class).forEach(ingress -> {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressServiceBackend backend = path.getBackend().getService();
                    String route = "Ingress " + ingress.getMetadata().getName() + " " + path.getPath();
                    Optional<Service> service = render.find(Service.class, backend.getName());
                    if (service.isEmpty()) {
                        problems.add(route + " routes to Service " + backend.getName() + ", which the render lacks");
                    } else {
                        String port = backend.getPort().getName();
                        Integer number = backend.getPort().getNumber();
                        if (service.get().getSpec().getPorts().stream()
                                .noneMatch(servicePort -> port != null ? port.equals(servicePort.getName()) : number.equals(servicePort.getPort()))) {
                            problems.add(route + " routes to port " + (port != null ? port : number) + ", which Service "
                                    + backend.getName() + " does not have");
                        }
                    }
                }
            }
        });
        return problems;
    }

    /**
     * Every URL to an in-cluster host (no dot, not localhost) in a ConfigMap, Secret or literal environment
     * variable names a Service of the render and one of its ports: a subgraph, the database, Keycloak.
     */
    static List<String> clusterUrlsNameServices(Render render) {
        List<String> problems = new ArrayList<>();
        settings(render).forEach(setting -> {
            Matcher url = CLUSTER_URL.matcher(setting.value());
            while (url.find()) {
                String host = url.group(2);
                if (host.equals("localhost")) {
                    continue;
                }
                Integer port = url.group(3) != null ? Integer.valueOf(url.group(3)) : DEFAULT_PORTS.get(url.group(1));
                Optional<Service> service = render.find(Service.class, host);
                if (port == null) {
                    problems.add(setting.where() + " points at " + url.group() + ", which names no port");
                } else if (service.isEmpty()) {
                    problems.add(setting.where() + " points at " + url.group() + ", but the render has no Service " + host);
                } else if (service.get().getSpec().getPorts().stream().noneMatch(servicePort -> servicePort.getPort().equals(port))) {
                    problems.add(setting.where() + " points at " + url.group() + ", but Service " + host + " has no port " + port);
                }
            }
        });
        return problems;
    }

    private record Setting(String where, String value) {
    }

    private static Stream<Setting> settings(Render render) {
        Stream<Setting> configMaps = render.all(ConfigMap.class)
                .flatMap(configMap -> entries("ConfigMap " + configMap.getMetadata().getName(), configMap.getData()));
        Stream<Setting> secrets = render.all(Secret.class).flatMap(secret -> Stream.concat(
                entries("Secret " + secret.getMetadata().getName(), secret.getStringData()),
                entries("Secret " + secret.getMetadata().getName(), secret.getData())
                        .map(setting -> new Setting(setting.where(),
                                new String(Base64.getDecoder().decode(setting.value()), StandardCharsets.UTF_8)))));
        Stream<Setting> env = render.workloads().stream().flatMap(workload -> workload.containers().stream()
                .flatMap(container -> container.getEnv() == null ? Stream.empty() : container.getEnv().stream())
                .filter(variable -> variable.getValue() != null)
                .map(variable -> new Setting(workload.describe() + " " + variable.getName(), variable.getValue())));
        return Stream.of(configMaps, secrets, env).flatMap(settings -> settings);
    }

    private static Stream<Setting> entries(String object, Map<String, String> data) {
        return data == null ? Stream.empty()
                : data.entrySet().stream().map(entry -> new Setting(object + " " + entry.getKey(), entry.getValue()));
    }
}
