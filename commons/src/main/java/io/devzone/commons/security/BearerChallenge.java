package io.devzone.commons.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.devzone.commons.error.ErrorCode;
import io.devzone.commons.error.HttpRefusals;
import io.devzone.platform.security.IdentityProviderOutage;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * OIDC bearer authentication whose 401 carries the house code {@code UNAUTHENTICATED}: Quarkus sends the same
 * challenge for a caller without a token (denied by the {@code authenticated} permission) and one with a bad token
 * (authentication failed), so both get their body here. Authentication itself is OIDC's, unchanged; this mechanism
 * ranks above it so that its challenge is the one sent. A token that could not be verified because Keycloak did not
 * answer ({@link IdentityProviderOutage}) is answered 503 {@code AUTH_UNAVAILABLE} with {@code Retry-After} instead:
 * the token may well be good, and the caller should try again rather than log in anew.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerChallenge implements HttpAuthenticationMechanism {

    /** Set on a request whose token met a Keycloak outage: what {@link #unverifiable} tells the refusal. */
    private static final String UNVERIFIABLE = BearerChallenge.class.getName() + ".unverifiable";

    /** What a caller without a valid token is told, on every path. */
    public static final String DETAIL = "Send a valid bearer token from the devzone realm.";

    private final OidcAuthenticationMechanism oidc;
    private final HttpRefusals refusals;

    BearerChallenge(OidcAuthenticationMechanism oidc, HttpRefusals refusals) {
        this.oidc = oidc;
        this.refusals = refusals;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().deferred(() -> oidc.authenticate(context, identityProviderManager))
                .onFailure(IdentityProviderOutage::causes).recoverWithUni(failure -> {
                    if (!hasBearerToken(context)) {
                        // nothing to verify: the caller is anonymous, and is refused as such (401) where it must not be
                        return Uni.createFrom().nullItem();
                    }
                    context.put(UNVERIFIABLE, true);
                    IdentityProviderOutage.warn(failure);
                    // no 500: the request fails as unauthenticated, and is answered by the challenge or HttpRefusals
                    return Uni.createFrom().failure(failure instanceof AuthenticationFailedException ? failure
                            : new AuthenticationFailedException(failure));
                });
    }

    private static boolean hasBearerToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // OIDC's own needs its tenant, which a process that has not reached Keycloak yet lacks
        return Uni.createFrom().deferred(() -> oidc.getChallenge(context)).onFailure(IdentityProviderOutage::causes)
                .recoverWithItem(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    /** OIDC's status and {@code WWW-Authenticate: Bearer}, and the house body; or 503 while Keycloak is away. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (unverifiable(context) && !context.response().ended()) {
            refusals.refuseUnverifiable(context);
            return Uni.createFrom().item(true);
        }
        return HttpAuthenticationMechanism.super.sendChallenge(context).invoke(sent -> {
            if (!context.response().ended()) {
                refusals.refuse(context, ErrorCode.UNAUTHENTICATED, DETAIL);
            }
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }

    /** Whether the request's token could not be verified for want of Keycloak (a 503, not a 401). */
    public static boolean unverifiable(RoutingContext request) {
        return Boolean.TRUE.equals(request.get(UNVERIFIABLE))
                || request.failure() != null && IdentityProviderOutage.causes(request.failure());
    }
}
