package io.devzone.gateway.supergraph;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.devzone.gateway.config.GatewayConfig;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The gateway's own identity (client credentials of {@code devzone-gateway}): used to read the subgraphs' SDL
 * and for nothing else; client operations always carry the caller's token.
 */
@ApplicationScoped
public class ServiceAccount {

    private final OidcClient oidc;
    private final boolean withoutTokens;
    private volatile Tokens tokens;

    ServiceAccount(OidcClient oidc, GatewayConfig config) {
        this.oidc = oidc;
        this.withoutTokens = config.testOnly().withoutTokens();
    }

    /**
     * An {@code Authorization} header value (none when the gateway runs without tokens); blocks, so call it from a
     * worker thread.
     */
    public String authorization() {
        if (withoutTokens) {
            return null;
        }
        Tokens current = tokens;
        if (current == null || current.isAccessTokenExpired() || current.isAccessTokenWithinRefreshInterval()) {
            current = oidc.getTokens().await().atMost(Duration.ofSeconds(20));
            tokens = current;
        }
        return "Bearer " + current.getAccessToken();
    }
}
