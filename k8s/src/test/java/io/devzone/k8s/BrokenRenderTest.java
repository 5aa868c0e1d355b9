package io.devzone.k8s;

import static io.devzone.k8s.Check.ALERTS_ON_EXPOSED_METRICS;
import static io.devzone.k8s.Check.CLUSTER_URLS_NAME_SERVICES;
import static io.devzone.k8s.Check.DENY_BY_DEFAULT;
import static io.devzone.k8s.Check.DOCKERFILE_MATCHES_POD;
import static io.devzone.k8s.Check.ENV_MATCHES_CONFIG;
import static io.devzone.k8s.Check.GRACE_COVERS_SHUTDOWN;
import static io.devzone.k8s.Check.GRAPHIQL_ROUTED;
import static io.devzone.k8s.Check.HEAP_FITS_MEMORY_LIMIT;
import static io.devzone.k8s.Check.IMAGE_MATCHES_CONFIG;
import static io.devzone.k8s.Check.IMPORTED_REALMS_CAUTIOUS;
import static io.devzone.k8s.Check.IMPORTS_LAUNCHERS_REALM;
import static io.devzone.k8s.Check.INGRESS_BACKENDS_EXIST;
import static io.devzone.k8s.Check.METRICS_MATCH_CONFIG;
import static io.devzone.k8s.Check.MODULES_DEPLOYED;
import static io.devzone.k8s.Check.NO_REALM_IMPORT;
import static io.devzone.k8s.Check.NO_SECRET_VALUES;
import static io.devzone.k8s.Check.ONLY_TMP_WRITABLE;
import static io.devzone.k8s.Check.PODS_MONITORED;
import static io.devzone.k8s.Check.PORTS_MATCH_CONFIG;
import static io.devzone.k8s.Check.PROBES_MATCH_CONFIG;
import static io.devzone.k8s.Check.REFERENCES_RESOLVE;
import static io.devzone.k8s.Check.SERVICES_SELECT_WORKLOADS;
import static io.devzone.k8s.Check.SUPPLIED_LIST_IS_CURRENT;
import static io.devzone.k8s.Check.WEB_APP_ISOLATED;
import static io.devzone.k8s.Check.WEB_APP_SERVED_WITH_PUBLIC_URLS;
import static io.devzone.k8s.Check.WORKLOADS_HARDENED;
import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;

/**
 * The validation can fail: each check, fed a render broken the way it guards against, reports a problem. Every
 * render starts from a real overlay that passes the check, so the breakage alone makes it fail.
 */
class BrokenRenderTest {

    private record Breakage(Check check, String overlay, String what, Consumer<Render> breakIt) {
        @Override
        public String toString() {
            return check + " on " + overlay + ": " + what;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage(SERVICES_SELECT_WORKLOADS, "local", "a selector drifted",
                        render -> service(render, "land-service").getSpec().setSelector(Map.of(Workload.NAME_LABEL, "land"))),
                new Breakage(SERVICES_SELECT_WORKLOADS, "production", "a target port drifted",
                        render -> service(render, "gateway").getSpec().getPorts().get(0).setTargetPort(new IntOrString(8081))),
                new Breakage(INGRESS_BACKENDS_EXIST, "production", "a route names a missing Service",
                        render -> ingressPath(render, "/graphql").getBackend().getService().setName("graphql-gateway")),
                new Breakage(INGRESS_BACKENDS_EXIST, "local", "a route names a port its Service lacks",
                        render -> ingressPath(render, "/api/land-parcels").getBackend().getService().setPort(new ServiceBackendPort("web", null))),
                new Breakage(GRAPHIQL_ROUTED, "local", "GraphiQL's scripts are not routed",
                        render -> find(render, Ingress.class, "devzone").getSpec().getRules().get(0).getHttp().getPaths()
                                .remove(ingressPath(render, "/graphql-ui"))),
                new Breakage(CLUSTER_URLS_NAME_SERVICES, "local", "a subgraph URL's port drifted",
                        render -> generated(render, ConfigMap.class, "gateway").getData()
                                .put("DEVZONE_GATEWAY_SUBGRAPH_LIST", "land=http://land-service:8080/graphql")),
                new Breakage(REFERENCES_RESOLVE, "production", "a Secret's name drifted",
                        render -> env(app(render, "investment-service"), "QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().setName("investment-db")),
                new Breakage(REFERENCES_RESOLVE, "local", "a Secret's key drifted",
                        render -> env(app(render, "land-service"), "QUARKUS_DATASOURCE_USERNAME").getValueFrom().getSecretKeyRef().setKey("user")),
                new Breakage(SUPPLIED_LIST_IS_CURRENT, "production", "a documented Secret is no longer used",
                        render -> find(render, Ingress.class, "devzone").getSpec().setTls(List.of())),
                new Breakage(WORKLOADS_HARDENED, "local", "Keycloak has no limits",
                        render -> pod(find(render, Deployment.class, "keycloak")).getContainers().get(0).getResources().setLimits(null)),
                new Breakage(WORKLOADS_HARDENED, "local", "PostgreSQL may run as root",
                        render -> pod(find(render, StatefulSet.class, "postgres")).getSecurityContext().setRunAsNonRoot(false)),
                new Breakage(WORKLOADS_HARDENED, "production", "the gateway has no readiness probe",
                        render -> app(render, "gateway").setReadinessProbe(null)),
                new Breakage(DENY_BY_DEFAULT, "production", "the default deny is gone",
                        render -> render.objects().removeIf(object -> object.getMetadata().getName().equals("default-deny"))),
                new Breakage(MODULES_DEPLOYED, "production", "the gateway is not deployed",
                        render -> render.objects().remove(find(render, Deployment.class, "gateway"))),
                new Breakage(PORTS_MATCH_CONFIG, "local", "a container port drifted",
                        render -> app(render, "land-service").getPorts().get(0).setContainerPort(8080)),
                new Breakage(PROBES_MATCH_CONFIG, "local", "a probe path drifted",
                        render -> app(render, "investment-service").getReadinessProbe().getHttpGet().setPath("/q/health")),
                new Breakage(PROBES_MATCH_CONFIG, "production", "a probe port drifted",
                        render -> app(render, "gateway").getLivenessProbe().getHttpGet().setPort(new IntOrString(9000))),
                new Breakage(ENV_MATCHES_CONFIG, "local", "a variable is misspelt",
                        render -> env(app(render, "party-affairs-service"), "QUARKUS_DATASOURCE_JDBC_URL").setName("QUARKUS_DATASOURCE_URL")),
                new Breakage(ENV_MATCHES_CONFIG, "production", "a ConfigMap key is misspelt",
                        render -> generated(render, ConfigMap.class, "gateway").getData()
                                .put("DEVZONE_GATEWAY_SUBGRAPH_LAND_URL", "http://land-service:8082/graphql")),
                new Breakage(IMAGE_MATCHES_CONFIG, "production", "an image tag drifted",
                        render -> app(render, "land-service").setImage("devzone/land-service:1.0.1")),
                new Breakage(DOCKERFILE_MATCHES_POD, "local", "the pod's user drifted from the Dockerfile's",
                        render -> pod(find(render, Deployment.class, "investment-service")).getSecurityContext().setRunAsUser(1001L)),
                new Breakage(METRICS_MATCH_CONFIG, "production", "the metrics path drifted",
                        render -> find(render, Deployment.class, "party-affairs-service").getSpec().getTemplate().getMetadata()
                                .getAnnotations().put("prometheus.io/path", "/metrics")),
                new Breakage(METRICS_MATCH_CONFIG, "local", "the web app, which serves no metrics, is scraped",
                        render -> find(render, Deployment.class, "web").getSpec().getTemplate().getMetadata()
                                .setAnnotations(Map.of("prometheus.io/scrape", "true"))),
                new Breakage(PODS_MONITORED, "production", "the PodMonitor scrapes another path",
                        render -> find(render, PodMonitor.class, "devzone").getSpec().getPodMetricsEndpoints().get(0)
                                .setPath("/metrics")),
                new Breakage(PODS_MONITORED, "production", "the gateway is not monitored",
                        render -> find(render, PodMonitor.class, "devzone").getSpec().getSelector()
                                .getMatchExpressions().get(0).setValues(List.of("service"))),
                new Breakage(ALERTS_ON_EXPOSED_METRICS, "production", "an alert names a metric no module exposes",
                        render -> alert(render, "DevZoneConnectionPoolExhausted").setExpr(new IntOrString(
                                "max by (pod) (agroal_waiting_count{namespace=\"devzone\"}) > 0"))),
                new Breakage(ALERTS_ON_EXPOSED_METRICS, "production", "the restart alert is gone",
                        render -> find(render, PrometheusRule.class, "devzone").getSpec().getGroups().get(0).getRules()
                                .remove(alert(render, "DevZonePodRestarting"))),
                new Breakage(GRACE_COVERS_SHUTDOWN, "local", "the grace period is shorter than the shutdown",
                        render -> pod(find(render, Deployment.class, "gateway")).setTerminationGracePeriodSeconds(10L)),
                new Breakage(ONLY_TMP_WRITABLE, "production", "/tmp is not mounted",
                        render -> app(render, "gateway").setVolumeMounts(List.of())),
                new Breakage(WEB_APP_SERVED_WITH_PUBLIC_URLS, "production", "the web app's gateway URL is not the public host",
                        render -> generated(render, ConfigMap.class, "web").getData().put("DEVZONE_GATEWAY_URL", "https://localhost")),
                new Breakage(WEB_APP_SERVED_WITH_PUBLIC_URLS, "local", "the web app sends browsers to the cluster's Keycloak",
                        render -> generated(render, ConfigMap.class, "web").getData()
                                .put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://keycloak:8080/realms/devzone")),
                new Breakage(WEB_APP_SERVED_WITH_PUBLIC_URLS, "local", "the gateway's CORS does not admit the web app",
                        render -> generated(render, ConfigMap.class, "gateway").getData().remove("DEVZONE_WEB_URL")),
                new Breakage(WEB_APP_SERVED_WITH_PUBLIC_URLS, "production", "/ is not routed to the web app",
                        render -> find(render, Ingress.class, "devzone").getSpec().getRules().get(0).getHttp().getPaths()
                                .remove(ingressPath(render, "/"))),
                new Breakage(WEB_APP_ISOLATED, "production", "the ingress controller may not reach the web app",
                        render -> find(render, NetworkPolicy.class, "allow-from-ingress-controller").getSpec().getPodSelector()
                                .getMatchExpressions().get(0).setValues(List.of("service", "gateway"))),
                new Breakage(WEB_APP_ISOLATED, "local", "the web app may reach Keycloak",
                        render -> find(render, NetworkPolicy.class, "egress-to-keycloak").getSpec().setPodSelector(new LabelSelector())),
                new Breakage(IMPORTS_LAUNCHERS_REALM, "local", "the imported realm differs from the launcher's",
                        render -> generated(render, ConfigMap.class, "devzone-realm").getData()
                                .replaceAll((file, realm) -> realm.replace("devzone-gateway-secret", "another-secret"))),
                new Breakage(IMPORTS_LAUNCHERS_REALM, "local", "Keycloak's version drifted from the launcher's",
                        render -> pod(find(render, Deployment.class, "keycloak")).getContainers().get(0).setImage(KeycloakChecks.IMAGE + ":26.0.0")),
                new Breakage(IMPORTED_REALMS_CAUTIOUS, "local", "the imported realm lets passwords be guessed",
                        render -> generated(render, ConfigMap.class, "devzone-realm").getData()
                                .replaceAll((file, realm) -> realm.replace("\"bruteForceProtected\": true", "\"bruteForceProtected\": false"))),
                new Breakage(IMPORTED_REALMS_CAUTIOUS, "local", "the imported realm's access tokens live 30 minutes",
                        render -> generated(render, ConfigMap.class, "devzone-realm").getData()
                                .replaceAll((file, realm) -> realm.replace("\"accessTokenLifespan\": 300", "\"accessTokenLifespan\": 1800"))),
                new Breakage(HEAP_FITS_MEMORY_LIMIT, "production", "a service's heap is as large as its memory limit",
                        render -> env(app(render, "land-service"), MemoryChecks.JAVA_OPTIONS).setValue("-Xmx512m -XX:+ExitOnOutOfMemoryError")),
                new Breakage(HEAP_FITS_MEMORY_LIMIT, "production", "the gateway would limp on after running out of memory",
                        render -> env(app(render, "gateway"), MemoryChecks.JAVA_OPTIONS).setValue("-Xmx256m")),
                new Breakage(HEAP_FITS_MEMORY_LIMIT, "local", "Keycloak's heap is unbounded",
                        render -> pod(find(render, Deployment.class, "keycloak")).getContainers().get(0).getEnv()
                                .removeIf(variable -> variable.getName().equals(MemoryChecks.KEYCLOAK_HEAP))),
                new Breakage(NO_REALM_IMPORT, "production", "Keycloak came along with the demo realm",
                        render -> render.objects().add(find(Repository.BUILD.render("local"), Deployment.class, "keycloak"))),
                new Breakage(NO_SECRET_VALUES, "production", "a secret value is committed",
                        render -> render.objects().add(new SecretBuilder().withNewMetadata().withName("gateway-oidc-client").endMetadata()
                                .addToStringData("secret", "devzone-gateway-secret").build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void checkFailsOnBrokenRender(Breakage breakage) {
        Render render = Repository.BUILD.render(breakage.overlay());
        assertEquals(List.of(), breakage.check().problems(render), "before the breakage");
        breakage.breakIt().accept(render);
        assertFalse(breakage.check().problems(render).isEmpty(), breakage + " went unnoticed");
    }

    @Test
    void everyCheckIsShownToFail() {
        assertEquals(EnumSet.allOf(Check.class),
                breakages().map(Breakage::check).collect(toCollection(() -> EnumSet.noneOf(Check.class))));
    }

    private static <T extends HasMetadata> T find(Render render, Class<T> kind, String name) {
        return render.find(kind, name).orElseThrow(() -> new AssertionError("the render has no " + kind.getSimpleName() + " " + name));
    }

    /** A generated object, whose name kustomize suffixes with a hash of its content. */
    private static <T extends HasMetadata> T generated(Render render, Class<T> kind, String name) {
        return render.all(kind).filter(object -> object.getMetadata().getName().matches(name + "-[a-z0-9]{10}"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the render generates no " + kind.getSimpleName() + " " + name));
    }

    private static Rule alert(Render render, String name) {
        return find(render, PrometheusRule.class, "devzone").getSpec().getGroups().stream()
                .flatMap(group -> group.getRules().stream()).filter(rule -> name.equals(rule.getAlert())).findFirst()
                .orElseThrow(() -> new AssertionError("no alert " + name));
    }

    private static PodSpec pod(HasMetadata workload) {
        return workload instanceof Deployment deployment ? deployment.getSpec().getTemplate().getSpec()
                : ((StatefulSet) workload).getSpec().getTemplate().getSpec();
    }

    /** The container of a Quarkus module's Deployment. */
    private static Container app(Render render, String module) {
        return pod(find(render, Deployment.class, module)).getContainers().get(0);
    }

    private static Service service(Render render, String name) {
        return find(render, Service.class, name);
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no variable " + name));
    }

    private static HTTPIngressPath ingressPath(Render render, String path) {
        return find(render, Ingress.class, "devzone").getSpec().getRules().get(0).getHttp().getPaths().stream()
                .filter(route -> route.getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("the Ingress has no path " + path));
    }
}
