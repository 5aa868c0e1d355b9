package io.devzone.k8s;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a rendered overlay must be. Each check answers the problems it finds in a render, none when it passes;
 * a check meant for some overlays only names them.
 */
enum Check {
    SERVICES_SELECT_WORKLOADS(ServiceChecks::servicesSelectWorkloads),
    INGRESS_BACKENDS_EXIST(ServiceChecks::ingressBackendsExist),
    GRAPHIQL_ROUTED(ServiceChecks::graphiqlRouted),
    CLUSTER_URLS_NAME_SERVICES(ServiceChecks::clusterUrlsNameServices),
    REFERENCES_RESOLVE(ReferenceChecks::referencesResolve),
    SUPPLIED_LIST_IS_CURRENT(ReferenceChecks::suppliedListIsCurrent),
    WORKLOADS_HARDENED(HardeningChecks::workloadsHardened),
    DENY_BY_DEFAULT(HardeningChecks::denyByDefault),
    MODULES_DEPLOYED(QuarkusChecks::modulesDeployed),
    PORTS_MATCH_CONFIG(QuarkusChecks::portsMatchConfig),
    PROBES_MATCH_CONFIG(QuarkusChecks::probesMatchConfig),
    ENV_MATCHES_CONFIG(QuarkusChecks::envMatchesConfig),
    IMAGE_MATCHES_CONFIG(QuarkusChecks::imageMatchesConfig),
    DOCKERFILE_MATCHES_POD(QuarkusChecks::dockerfileMatchesPod),
    METRICS_MATCH_CONFIG(QuarkusChecks::metricsMatchConfig),
    PODS_MONITORED(MonitoringChecks::podsMonitored, "production"),
    ALERTS_ON_EXPOSED_METRICS(MonitoringChecks::alertsOnExposedMetrics, "production"),
    GRACE_COVERS_SHUTDOWN(QuarkusChecks::graceCoversShutdown),
    ONLY_TMP_WRITABLE(QuarkusChecks::onlyTmpWritable),
    WEB_APP_SERVED_WITH_PUBLIC_URLS(WebChecks::servedWithPublicUrls),
    WEB_APP_ISOLATED(WebChecks::isolated),
    IMPORTS_LAUNCHERS_REALM(KeycloakChecks::importsLaunchersRealm, "local"),
    IMPORTED_REALMS_CAUTIOUS(KeycloakChecks::importedRealmsCautious),
    HEAP_FITS_MEMORY_LIMIT(MemoryChecks::heapFitsMemoryLimit),
    NO_REALM_IMPORT(KeycloakChecks::noRealmImport, "production"),
    NO_SECRET_VALUES(HardeningChecks::noSecretValues, "production");

    private final Function<Render, List<String>> check;
    private final Set<String> overlays;

    Check(Function<Render, List<String>> check, String... overlays) {
        this.check = check;
        this.overlays = Set.of(overlays);
    }

    List<String> problems(Render render) {
        return check.apply(render);
    }

    /** The overlays this check is meant for; empty for every overlay. */
    Set<String> overlays() {
        return overlays;
    }

    boolean appliesTo(String overlay) {
        return overlays.isEmpty() || overlays.contains(overlay);
    }
}
