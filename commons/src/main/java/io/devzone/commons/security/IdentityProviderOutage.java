package io.devzone.commons.security;

import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;
import org.jose4j.lang.UnresolvableKeyException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.vertx.ext.web.RoutingContext;

/**
 * Whether a token could not be verified because Keycloak could not be reached, rather than because the token is
 * bad: what {@link BearerChallenge} answers 503 {@code AUTH_UNAVAILABLE} instead of 401. A token signed with a key
 * this process already holds never needs Keycloak, so this is a token whose key is not known yet (a new signing key,
 * or a process that never reached Keycloak since it started: Quarkus OIDC then fails with {@link OIDCException}).
 */
public final class IdentityProviderOutage {

    private static final Logger LOG = Logger.getLogger(IdentityProviderOutage.class);
    /** An outage is one WARN line a minute at most, not one per request. */
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;
    private static final AtomicLong LAST_WARNED = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    /**
     * How long after Keycloak last did not answer a token with an unknown key is taken for one it could not check:
     * Quarkus OIDC's {@code quarkus.oidc.token.forced-jwk-refresh-interval} (10 minutes), the longest it goes
     * without asking Keycloak for keys again.
     */
    static final long RECENTLY_NANOS = 600_000_000_000L;
    private static final AtomicLong LAST_SEEN = new AtomicLong(System.nanoTime() - RECENTLY_NANOS);

    /** What the caller is told, on every path. */
    public static final String DETAIL = "The sign-in service cannot be reached to verify this token: try again"
            + " shortly. Tokens already verified keep working.";
    /** Seconds a caller is asked to wait ({@code Retry-After}). */
    public static final String RETRY_AFTER = "10";

    private IdentityProviderOutage() {
    }

    /**
     * Whether {@code failure}, or anything that caused it, says Keycloak did not answer; or the token's key is unknown
     * while Keycloak was found not answering within {@link #RECENTLY_NANOS}: Quarkus OIDC fetches the keys again only
     * every few minutes, and answers a key it still lacks as a bad token, though the last fetch failed.
     */
    public static boolean causes(Throwable failure) {
        boolean unknownKey = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            unknownKey |= cause instanceof UnresolvableKeyException;
            if (cause instanceof OIDCException // a tenant not initialised yet whose discovery failed again
                    || cause instanceof SocketException // refused, reset, no route (ConnectException and the like)
                    || cause instanceof UnknownHostException
                    || cause instanceof TimeoutException
                    || cause instanceof OidcEndpointAccessException endpoint && endpoint.getErrorStatus() >= 500) {
                LAST_SEEN.set(System.nanoTime());
                return true;
            }
        }
        return unknownKey && System.nanoTime() - LAST_SEEN.get() < RECENTLY_NANOS;
    }

    /** Remembers on the request that its token met an outage (what answers it: {@link #marked}), and says so. */
    static void mark(RoutingContext request, Throwable failure) {
        request.put(IdentityProviderOutage.class.getName(), true);
        warn(failure);
    }

    /** Whether the request's token could not be verified for want of Keycloak. */
    public static boolean marked(RoutingContext request) {
        return Boolean.TRUE.equals(request.get(IdentityProviderOutage.class.getName()))
                || request.failure() != null && causes(request.failure());
    }

    /** Says so in one WARN line, without a stack trace: an expected condition, not a fault of ours. */
    static void warn(Throwable failure) {
        long now = System.nanoTime();
        long last = LAST_WARNED.get();
        if (now - last >= WARN_EVERY_NANOS && LAST_WARNED.compareAndSet(last, now)) {
            LOG.warnf("Keycloak cannot be reached to verify a token (%s): such tokens are answered 503"
                    + " AUTH_UNAVAILABLE, tokens signed with keys already held keep working", rootCause(failure));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
