package io.devzone.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.jose4j.lang.UnresolvableKeyException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.security.AuthenticationFailedException;

/** In order: what an outage is, and a key not held yet right after one (the rule keeps when it last saw one). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityProviderOutageTest {

    private static final AuthenticationFailedException UNKNOWN_KEY = new AuthenticationFailedException(
            new RuntimeException(new UnresolvableKeyException("JWK with kid 'x' is not available")));

    @Test
    @Order(2)
    void keycloakNotAnsweringIsAnOutage() {
        assertTrue(IdentityProviderOutage.causes(new OIDCException("OIDC Server is not available")));
        assertTrue(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new RuntimeException(new ConnectException("Connection refused: localhost/127.0.0.1:8180")))));
        assertTrue(IdentityProviderOutage.causes(new AuthenticationFailedException(new TimeoutException())));
        assertTrue(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new OidcEndpointAccessException(503))));
    }

    @Test
    @Order(1)
    void aBadTokenIsNoOutage() {
        assertFalse(IdentityProviderOutage.causes(new AuthenticationFailedException()));
        assertFalse(IdentityProviderOutage.causes(UNKNOWN_KEY), "a key not held, and Keycloak answering lately");
        // Keycloak answered, and refused (an introspection without client credentials)
        assertFalse(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new OidcEndpointAccessException(401))));
    }

    @Test
    @Order(3)
    void aKeyNotHeldRightAfterKeycloakDidNotAnswerIsAnOutage() {
        assertTrue(IdentityProviderOutage.causes(new OIDCException("OIDC Server is not available")));
        assertTrue(IdentityProviderOutage.causes(UNKNOWN_KEY));
        assertFalse(IdentityProviderOutage.causes(new AuthenticationFailedException()));
    }
}
