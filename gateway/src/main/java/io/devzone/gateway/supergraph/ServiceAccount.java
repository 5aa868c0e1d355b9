package io.devzone.gateway.supergraph;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The gateway's own identity (client credentials of {@code devzone-gateway}): used to read the subgraphs' SDL
 * and for nothing else; client operations always carry the caller's token.
 */
@ApplicationScoped
public class ServiceAccount {

    private final OidcClient oidc;
    private volatile Tokens tokens;

    ServiceAccount(OidcClient oidc) {
        this.oidc = oidc;
    }

    /** An {@code Authorization} header value; blocks, so call it from a worker thread. */
    public String authorization() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenExpired() || current.isAccessTokenWithinRefreshInterval()) {
            current = oidc.getTokens().await().atMost(Duration.ofSeconds(20));
            tokens = current;
        }
        return "Bearer " + current.getAccessToken();
    }
}
