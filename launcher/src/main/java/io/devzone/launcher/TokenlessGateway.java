package io.devzone.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built gateway over subgraphs that know no Keycloak (the federation-gateway-audit's, the gateway benchmark's
 * stand-ins): no token asked of callers, none sent. The setting is test-only, in the {@code audit} profile; a gateway
 * started with it in the prod profile stops at once.
 */
final class TokenlessGateway {

    private TokenlessGateway() {
    }

    /** The command line, the subgraphs' {@code -Ddevzone.gateway.subgraphs.<name>.url=…} options in its middle. */
    static List<String> command(Path gatewayJar, int port, List<String> subgraphOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dquarkus.profile=audit",
                "-Ddevzone.gateway.test-only.without-tokens=true", "-Dquarkus.oidc.tenant-enabled=false",
                "-Dquarkus.oidc-client.client-enabled=false", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port));
        command.addAll(subgraphOptions);
        command.addAll(List.of("-jar", gatewayJar.toString()));
        return command;
    }
}
