package io.devzone.platform.security;

import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.jose4j.lang.UnresolvableKeyException;

import io.devzone.platform.logging.ThrottledWarning;
import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;

/**
 * Whether a token could not be verified because Keycloak could not be reached, rather than because the token is
 * bad: what the gateway and every service answer 503 {@code AUTH_UNAVAILABLE} instead of 401. A token signed with a
 * key this process already holds never needs Keycloak, so this is a token whose key is not known yet (a new signing
 * key, or a process that never reached Keycloak since it started: Quarkus OIDC then fails with
 * {@link OIDCException}).
 */
public final class IdentityProviderOutage {

    private static final ThrottledWarning WARNING = new ThrottledWarning(IdentityProviderOutage.class,
            Duration.ofMinutes(1));
    /**
     * How long after Keycloak last did not answer a token with an unknown key is taken for one it could not check:
     * the house {@code quarkus.oidc.token.forced-jwk-refresh-interval} (30 s), the longest Quarkus OIDC goes
     * without asking Keycloak for keys again; after it, such a token is bad (401) once more.
     */
    static final long RECENTLY_NANOS = Duration.ofSeconds(30).toNanos();
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

    /** Says so in one WARN line a minute at most, without a stack trace: an expected condition, not a fault of ours. */
    public static void warn(Throwable failure) {
        WARNING.warn("Keycloak cannot be reached to verify a token (%s): such tokens are answered 503"
                + " AUTH_UNAVAILABLE, tokens verified before or signed with keys already held keep working",
                ThrottledWarning.rootCause(failure));
    }
}
