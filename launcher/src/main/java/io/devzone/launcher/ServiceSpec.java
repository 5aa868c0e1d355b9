package io.devzone.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One service of the suite: a Maven module whose Quarkus fast-jar the launcher runs.
 *
 * @param module   the module folder, also the component's name in logs, pid files and output
 * @param kind     what it is to the people who use the suite
 * @param port     its HTTP port
 * @param database its own PostgreSQL database (and role of the same name), empty if it has none
 * @param keys     the variables that carry secret keys it needs (e.g. to encrypt personal data): the launcher
 *                 makes each once per data folder ({@link LocalKeys}) unless its own environment sets the service's
 *                 own variable for it ({@link #launcherVariable}); each service has its own keys
 */
public record ServiceSpec(String module, Kind kind, int port, Optional<String> database, List<String> keys) {

    /** What a service that stores personal data reads its keys from (commons' PersonalDataCipher). */
    static final List<String> PERSONAL_DATA_KEYS =
            List.of("DEVZONE_PERSONAL_DATA_ENCRYPTION_KEY", "DEVZONE_PERSONAL_DATA_INDEX_KEY");

    /** The suite's services, in start order. Adding a component is one line here (and one word in ./devzone). */
    public static final List<ServiceSpec> ALL = List.of(
            department("investment-service", 8081, "investment"),
            department("land-service", 8082, "land", PERSONAL_DATA_KEYS),
            department("party-affairs-service", 8083, "party_affairs", PERSONAL_DATA_KEYS),
            new ServiceSpec("gateway", Kind.GATEWAY, 8080, Optional.empty(), List.of()),
            // Last: the page people open calls the gateway as soon as it loads
            new ServiceSpec("web", Kind.WEB, 8090, Optional.empty(), List.of()));

    public enum Kind {
        /** A department's service: its REST API and GraphQL subgraph over its own database. */
        DEPARTMENT,
        /** The one GraphQL endpoint over every department. */
        GATEWAY,
        /** The browser app people open: pages that call the gateway, no API of its own. */
        WEB;

        /** Whether it answers the API requests the machine's cores are shared out for. */
        public boolean servesApi() {
            return this != WEB;
        }
    }

    public ServiceSpec {
        keys = List.copyOf(keys);
    }

    public static ServiceSpec department(String module, int port, String database) {
        return department(module, port, database, List.of());
    }

    public static ServiceSpec department(String module, int port, String database, List<String> keys) {
        return new ServiceSpec(module, Kind.DEPARTMENT, port, Optional.of(database), keys);
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(module, kind, newPort, database, keys);
    }

    /**
     * Prefix of the launcher variables that point this service at an external database, e.g.
     * {@code PARTY_AFFAIRS} for {@code PARTY_AFFAIRS_DB_URL}.
     */
    public String environmentPrefix() {
        return module.replaceFirst("-service$", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * The launcher's variable for one of this service's keys, e.g. {@code LAND_PERSONAL_DATA_INDEX_KEY} for
     * land-service's {@code DEVZONE_PERSONAL_DATA_INDEX_KEY}: one service's key never opens another's data.
     */
    public String launcherVariable(String key) {
        return environmentPrefix() + "_" + key.replaceFirst("^DEVZONE_", "");
    }
}
