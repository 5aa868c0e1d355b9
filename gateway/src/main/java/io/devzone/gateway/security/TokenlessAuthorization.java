package io.devzone.gateway.security;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.devzone.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.security.spi.runtime.AuthorizationController;

/**
 * The test-only way to run without tokens ({@code devzone.gateway.test-only.without-tokens}): every authorization
 * check is off, so {@code /graphql} answers callers without a token. Off unless set; a gateway started with it in
 * the prod profile (what every deployment runs) stops at once, naming the setting.
 */
@Alternative
@Priority(Interceptor.Priority.LIBRARY_AFTER)
@ApplicationScoped
public class TokenlessAuthorization extends AuthorizationController {

    private static final Logger LOG = Logger.getLogger(TokenlessAuthorization.class);
    static final String SETTING = "devzone.gateway.test-only.without-tokens";

    private final boolean withoutTokens;

    TokenlessAuthorization(GatewayConfig config) {
        this.withoutTokens = config.testOnly().withoutTokens();
    }

    @Override
    public boolean isAuthorizationEnabled() {
        return !withoutTokens;
    }

    void refuseInProd(@Observes StartupEvent started) {
        check(withoutTokens, ConfigUtils.getProfiles());
        if (withoutTokens) {
            LOG.warnf("%s is on: callers need no token. For conformance tests only.", SETTING);
        }
    }

    /** Refuses the setting in the prod profile. */
    static void check(boolean withoutTokens, List<String> profiles) {
        if (withoutTokens && profiles.contains("prod")) {
            throw new IllegalStateException(SETTING + " is for tests only and is refused in the prod profile: remove"
                    + " it, or run the gateway with another profile (-Dquarkus.profile=audit).");
        }
    }
}
