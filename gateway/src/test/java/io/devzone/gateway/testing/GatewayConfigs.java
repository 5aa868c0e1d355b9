package io.devzone.gateway.testing;

import java.time.Duration;
import java.util.Map;

import io.devzone.gateway.config.GatewayConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The gateway's own configuration mapping, read by SmallRye Config from properties, for tests outside CDI. */
public final class GatewayConfigs {

    private GatewayConfigs() {
    }

    /** These properties, with Quarkus' duration syntax ({@code 30S}), over the mapping's defaults. */
    public static GatewayConfig of(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(GatewayConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(GatewayConfig.class);
    }
}
