package io.devzone.gateway.supergraph;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.devzone.gateway.composition.Composer;
import io.devzone.gateway.composition.CompositionException;
import io.devzone.gateway.composition.SubgraphSdl;
import io.devzone.gateway.composition.SupergraphSdl;
import io.devzone.gateway.config.GatewayConfig;
import io.devzone.gateway.execution.CircuitBreaker;
import io.devzone.gateway.execution.FederatedGraphQL;
import io.devzone.gateway.execution.GatewayWiring;
import io.devzone.gateway.execution.SubgraphClient;
import io.devzone.gateway.execution.SubgraphResponse;
import io.devzone.gateway.planning.QueryPlanner;
import io.devzone.graphql.limits.QueryLimits;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the composed schema current: composes at startup and then on an interval, and until the first success
 * every few seconds, from the subgraphs' own SDL or from a supergraph SDL file (read again when it changes) or
 * URL. A subgraph that is down, a supergraph that cannot be read or a composition that fails never replaces the last
 * good schema; the failure shows in readiness details and the log.
 */
@ApplicationScoped
public class SupergraphManager {

    private static final Logger LOG = Logger.getLogger(SupergraphManager.class);
    private static final String SDL_QUERY = "{ _service { sdl } }";

    private final GatewayConfig config;
    private final SubgraphClient client;
    /** The service account's {@code Authorization} header: SDL is read with the gateway's own identity. */
    private final Supplier<String> serviceAuthorization;
    private final Composer composer = new Composer(new GatewayWiring());
    private final QueryPlanner planner = new QueryPlanner();
    private final QueryLimits limits;
    /** Where the supergraph SDL is read, when it is given instead of composing the subgraphs' own SDL. */
    private final Optional<SupergraphSource> supergraph;

    private volatile FederatedGraphQL current;
    private volatile String currentSdls;
    private volatile Instant composedAt;
    private volatile Instant lastAttempt = Instant.EPOCH;
    private volatile List<String> lastProblems = List.of();
    private final Map<String, String> subgraphStatus = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Inject
    SupergraphManager(GatewayConfig config, SubgraphClient client, ServiceAccount serviceAccount) {
        this(config, client, serviceAccount::authorization);
    }

    public SupergraphManager(GatewayConfig config, SubgraphClient client, Supplier<String> serviceAuthorization) {
        this.config = config;
        this.client = client;
        this.serviceAuthorization = serviceAuthorization;
        this.supergraph = config.supergraph()
                .map(location -> new SupergraphSource(location, config.subgraphTimeout()));
        if (supergraph.isEmpty()) {
            config.subgraphUrls().keySet().forEach(name -> subgraphStatus.put(name, "not yet read"));
        }
        this.limits = QueryLimits.from(ConfigProvider.getConfig());
    }

    /** What one operation may cost. */
    public QueryLimits limits() {
        return limits;
    }

    /** The schema clients are served now, if one has been composed. */
    public Optional<FederatedGraphQL> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Composes when the interval has passed since the last attempt (at once while nothing is composed yet), and
     * whenever a supergraph file has changed.
     */
    @Scheduled(every = "2s", delay = 1, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        Duration wait = current == null ? Duration.ZERO : config.composition().interval();
        if (Instant.now().isAfter(lastAttempt.plus(wait)) || supergraph.map(SupergraphSource::changed).orElse(false)) {
            recompose();
        }
    }

    /**
     * Reads every subgraph's SDL, or the supergraph SDL, and composes; keeps the last good schema on any failure.
     */
    public synchronized void recompose() {
        lastAttempt = Instant.now();
        List<String> problems = new ArrayList<>();
        List<SubgraphSdl> sdls = supergraph.isPresent() ? fromSupergraph(supergraph.get(), problems)
                : fromSubgraphs(problems);
        if (!problems.isEmpty()) {
            record(problems);
            return;
        }
        String combined = sdls.toString();
        if (combined.equals(currentSdls)) {
            record(List.of());
            return;
        }
        try {
            current = new FederatedGraphQL(composer.compose(sdls), client, planner, limits);
            currentSdls = combined;
            composedAt = Instant.now();
            supergraph.ifPresent(source -> {
                subgraphStatus.clear();
                sdls.forEach(sdl -> subgraphStatus.put(sdl.name(), "from supergraph " + source));
            });
            LOG.infof("Composed the schema from subgraphs %s%s", sdls.stream().map(SubgraphSdl::name).toList(),
                    supergraph.map(source -> " as supergraph " + source + " gives them").orElse(""));
            record(List.of());
        } catch (CompositionException e) {
            record(e.problems());
        }
    }

    /** The subgraphs a supergraph SDL names, at the URLs configured for them where some are. */
    private List<SubgraphSdl> fromSupergraph(SupergraphSource source, List<String> problems) {
        try {
            Map<String, String> urls = config.subgraphUrls();
            return SupergraphSdl.split(source.toString(), source.read()).stream()
                    .map(sdl -> new SubgraphSdl(sdl.name(), urls.getOrDefault(sdl.name(), sdl.url()), sdl.sdl()))
                    .toList();
        } catch (CompositionException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add("supergraph " + source + ": unreadable (" + e.getMessage() + ")");
        }
        return List.of();
    }

    private List<SubgraphSdl> fromSubgraphs(List<String> problems) {
        List<SubgraphSdl> sdls = new ArrayList<>();
        if (config.subgraphUrls().isEmpty()) {
            problems.add("no subgraph is configured: the deployment names them in devzone.gateway.subgraph-list "
                    + "(DEVZONE_GATEWAY_SUBGRAPH_LIST=name=url,...) or devzone.gateway.subgraphs.<name>.url, "
                    + "or gives devzone.gateway.supergraph");
            return sdls;
        }
        String authorization;
        try {
            authorization = serviceAuthorization.get();
        } catch (RuntimeException e) {
            problems.add("the gateway's service account could not get a token: " + e.getMessage());
            return sdls;
        }
        config.subgraphUrls().forEach((name, url) -> {
            try {
                SubgraphResponse response = client.executeForComposition(name, url, SDL_QUERY, authorization)
                        .get(config.subgraphTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
                Object sdl = response.data() != null && response.data().get("_service") instanceof Map<?, ?> service
                        ? service.get("sdl") : null;
                if (sdl == null) {
                    problems.add("subgraph " + name + ": no SDL in its _service answer " + response.errors());
                    subgraphStatus.put(name, "answered without SDL");
                } else {
                    sdls.add(new SubgraphSdl(name, url, sdl.toString()));
                    subgraphStatus.put(name, "up");
                }
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                problems.add("subgraph " + name + ": unreachable (" + cause.getMessage() + ")");
                subgraphStatus.put(name, "unreachable");
            }
        });
        return sdls;
    }

    /**
     * Whether a subgraph is serving: it answered the last composition's SDL read and its circuit is closed (it
     * has not failed the last requests sent to it). A down subgraph shows within a composition interval even
     * without traffic, and at once under traffic.
     */
    public boolean available(String subgraph) {
        return "up".equals(subgraphStatus.get(subgraph)) && client.circuit(subgraph) == CircuitBreaker.State.CLOSED;
    }

    /** What readiness reports: when the served schema was composed and how each subgraph answered. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("composedAt", composedAt == null ? "never" : composedAt.toString());
        subgraphStatus.forEach((name, state) -> status.put("subgraph." + name,
                state + ", circuit " + client.circuit(name).name().toLowerCase(java.util.Locale.ROOT)));
        if (!lastProblems.isEmpty()) {
            status.put("lastCompositionProblems", String.join("; ", lastProblems));
        }
        return status;
    }

    private void record(List<String> problems) {
        if (!problems.isEmpty() && !problems.equals(lastProblems)) {
            LOG.warnf("Composition failed%s: %s", current == null ? "" : " (serving the last good schema)",
                    String.join("; ", problems));
        }
        lastProblems = List.copyOf(problems);
    }
}
