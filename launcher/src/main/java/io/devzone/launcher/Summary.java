package io.devzone.launcher;

import java.util.List;
import java.util.stream.Collectors;

/** What {@code up} prints once everything is ready: where things are and how to log in. */
final class Summary {

    /** The demo users of {@code devzone-realm.json} (a test keeps the two in step). */
    static final List<List<String>> DEMO_USERS = List.of(
            List.of("zhang.wei", "investment"),
            List.of("li.na", "land"),
            List.of("wang.fang", "party-affairs"),
            List.of("chen.jie", "leader"));
    static final String DEMO_PASSWORD = "devzone";

    private Summary() {
    }

    static String of(SuiteConfig config) {
        StringBuilder text = new StringBuilder("\nDevZone is up. Logs: ").append(config.dataDir().resolve("logs")).append("\n\n");
        // What people open comes first; the rest is for those who build on the APIs
        config.services().stream().filter(s -> s.kind() == ServiceSpec.Kind.WEB).forEach(web -> text
                .append(String.format("%-24s %s%n%n", "Open DevZone", config.serviceUrl(web.module()) + "/   (log in as a demo user below)")));
        for (ServiceSpec service : config.services()) {
            String base = config.serviceUrl(service.module()).toString();
            line(text, service.module(), base);
            switch (service.kind()) {
                case WEB -> line(text, "  health", base + "/q/health");
                case GATEWAY -> {
                    line(text, "  GraphQL (all)", base + "/graphql");
                    line(text, "  GraphiQL", base + "/graphiql/");
                    line(text, "  schema (SDL)", base + "/graphql/schema.graphql");
                    line(text, "  health", base + "/q/health");
                }
                case DEPARTMENT -> {
                    line(text, "  REST", base + "/api/...");
                    line(text, "  OpenAPI UI", base + "/q/swagger-ui");
                    line(text, "  GraphQL", base + "/graphql");
                    line(text, "  health", base + "/q/health");
                    config.database(service).filter(db -> !db.embedded())
                            .ifPresent(db -> line(text, "  database", db.jdbcUrl() + " (external)"));
                }
            }
        }
        if (config.startsKeycloak()) {
            line(text, "Keycloak", config.keycloakUrl() + "/admin   (admin console: admin / admin, demo only)");
        }
        line(text, "OIDC realm", config.oidcUrl() + (config.startsKeycloak() ? "" : " (external)"));
        if (config.startsPostgres()) {
            String databases = config.services().stream().filter(s -> config.database(s).filter(SuiteConfig.Database::embedded).isPresent())
                    .map(s -> s.database().orElseThrow()).collect(Collectors.joining(", "));
            line(text, "PostgreSQL", "localhost:" + config.postgresPort() + "   databases " + databases
                    + " (login = database name; passwords, postgres's too, in " + config.keysDir() + "/<login>.password)");
        }
        if (config.startsKeycloak()) {
            text.append("\nDemo logins, password '").append(DEMO_PASSWORD).append("' (demo only):\n");
            DEMO_USERS.forEach(user -> line(text, "  " + user.get(0), "role " + user.get(1)));
        }
        text.append("\nA token (as zhang.wei):\n  curl -s -d client_id=devzone-web -d grant_type=password")
                .append(" -d username=zhang.wei -d password=").append(DEMO_PASSWORD).append(' ').append(config.tokenUrl())
                .append("\n\nCtrl-C stops everything (or ./devzone down from another terminal).\n");
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-24s %s%n", label, value));
    }
}
