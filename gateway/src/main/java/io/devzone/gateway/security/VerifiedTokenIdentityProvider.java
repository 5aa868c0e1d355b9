package io.devzone.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before Quarkus OIDC: answers a token verified before from {@link VerifiedTokens}, and anything else
 * with no identity, which passes the request on to OIDC's own verification.
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Set on identities answered from the cache, so that {@link VerifiedTokenRecorder} does not count them. */
    static final String REUSED = "devzone.token-reused";

    private final VerifiedTokens tokens;

    VerifiedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before OIDC's own provider, which ranks itself just above {@code SYSTEM_FIRST}. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(tokens.find(request.getToken().getToken())
                .map(verified -> forThisRequest(verified, HttpSecurityUtils.getRoutingContextAttribute(request)))
                .orElse(null));
    }

    private static SecurityIdentity forThisRequest(SecurityIdentity verified, RoutingContext routing) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified).addAttribute(REUSED, true);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return identity.build();
    }
}
