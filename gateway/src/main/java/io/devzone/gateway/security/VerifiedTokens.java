package io.devzone.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.devzone.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this gateway has verified, with the identity Quarkus OIDC made of each. A web client sends the
 * same token with every request for minutes, and verifying it (RSA signature, JSON claims) was a quarter of the
 * gateway's CPU per request; a token is now verified once, and trusted until it expires, at most for
 * {@code devzone.gateway.token-cache.max-age} (which bounds how long a token outlives a withdrawn signing key).
 * The key is the whole token text, so a token that differs in any character is verified afresh.
 */
@ApplicationScoped
public class VerifiedTokens {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final Cache<String, Verified> cache;
    private final Counter verified;
    private final Counter reused;

    VerifiedTokens(GatewayConfig config, MeterRegistry metrics) {
        Duration maxAge = config.tokenCache().maxAge();
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().maxSize())
                .expireAfter(new UntilExpiry(maxAge))
                .build();
        this.verified = tokens(metrics, "verified");
        this.reused = tokens(metrics, "reused");
    }

    /** A token verified before and not yet expired, as the identity it was verified as. */
    Optional<SecurityIdentity> find(String token) {
        Verified entry = cache.getIfPresent(token);
        if (entry == null || !entry.expiresAt().isAfter(Instant.now())) {
            return Optional.empty();
        }
        reused.increment();
        return Optional.of(entry.identity());
    }

    /**
     * Remembers an identity OIDC has just verified. The request's own attributes (its routing context) are left
     * out: they belong to that request, and each later request adds its own.
     */
    void remember(SecurityIdentity identity) {
        verified.increment();
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return; // not a JWT access token with an expiry: nothing that could be trusted for a while
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!ROUTING_CONTEXT.equals(name)) {
                kept.addAttribute(name, value);
            }
        });
        cache.put(credential.getToken(),
                new Verified(kept.build(), Instant.ofEpochSecond(jwt.getExpirationTime())));
    }

    private static Counter tokens(MeterRegistry metrics, String outcome) {
        return Counter.builder("devzone.gateway.tokens")
                .description("Bearer tokens accepted: verified against the realm's keys, or reused as verified before")
                .tag("outcome", outcome).register(metrics);
    }

    private record Verified(SecurityIdentity identity, Instant expiresAt) {
    }

    /** An entry leaves the cache when its token expires, or after the maximum age, whichever comes first. */
    private record UntilExpiry(Duration maxAge) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified entry, long currentTime) {
            Duration untilExpiry = Duration.between(Instant.now(), entry.expiresAt());
            return Math.max(0, Math.min(untilExpiry.toNanos(), maxAge.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, Verified entry, long currentTime, long currentDuration) {
            return expireAfterCreate(token, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
