package io.devzone.platform.metrics;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Publishes request times (and the gateway's subgraph requests') as Prometheus histograms, so p99 per endpoint is
 * {@code histogram_quantile} over their {@code _bucket} series. Fixed buckets, not Micrometer's percentile histogram
 * (some 70 series per endpoint, method and status): eleven from 5 ms to 10 s, the gateway's timeout for a subgraph.
 */
public class LatencyHistograms {

    private static final Set<String> TIMED = Set.of("http.server.requests", "devzone.gateway.subgraph.requests");

    private static final double[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .mapToDouble(millis -> Duration.ofMillis(millis).toNanos()).toArray();

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return TIMED.contains(id.getName())
                        ? DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config)
                        : config;
            }
        };
    }
}
