package io.devzone.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One service of the suite: a Maven module whose Quarkus fast-jar the launcher runs.
 *
 * @param module   the module folder, also the component's name in logs, pid files and output
 * @param port     its HTTP port
 * @param database its own PostgreSQL database (and role of the same name), empty if it has none
 * @param keys     the variables that carry secret keys it needs (e.g. to encrypt personal data): the launcher
 *                 makes each once per data folder ({@link LocalKeys}) unless its own environment sets it
 */
public record ServiceSpec(String module, int port, Optional<String> database, List<String> keys) {

    /** The suite's services, in start order. Adding a component is one line here (and one word in ./devzone). */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("investment-service", 8081, Optional.of("investment")),
            new ServiceSpec("land-service", 8082, Optional.of("land"),
                    List.of("DEVZONE_PERSONAL_DATA_ENCRYPTION_KEY", "DEVZONE_PERSONAL_DATA_INDEX_KEY")),
            new ServiceSpec("party-affairs-service", 8083, Optional.of("party_affairs")),
            new ServiceSpec("gateway", 8080, Optional.empty()));

    public ServiceSpec {
        keys = List.copyOf(keys);
    }

    public ServiceSpec(String module, int port, Optional<String> database) {
        this(module, port, database, List.of());
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(module, newPort, database, keys);
    }

    /**
     * Prefix of the launcher variables that point this service at an external database, e.g.
     * {@code PARTY_AFFAIRS} for {@code PARTY_AFFAIRS_DB_URL}.
     */
    public String environmentPrefix() {
        return module.replaceFirst("-service$", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
