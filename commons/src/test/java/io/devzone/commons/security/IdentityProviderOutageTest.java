package io.devzone.commons.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.jose4j.lang.UnresolvableKeyException;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.security.AuthenticationFailedException;

class IdentityProviderOutageTest {

    @Test
    void keycloakNotAnsweringIsAnOutage() {
        assertTrue(IdentityProviderOutage.causes(new OIDCException("OIDC Server is not available")));
        assertTrue(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new RuntimeException(new ConnectException("Connection refused: localhost/127.0.0.1:8180")))));
        assertTrue(IdentityProviderOutage.causes(new AuthenticationFailedException(new TimeoutException())));
        assertTrue(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new OidcEndpointAccessException(503))));
    }

    @Test
    void aBadTokenIsNoOutage() {
        assertFalse(IdentityProviderOutage.causes(new AuthenticationFailedException()));
        assertFalse(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new UnresolvableKeyException("JWK with kid 'x' is not available"))));
        // Keycloak answered, and refused (an introspection without client credentials)
        assertFalse(IdentityProviderOutage.causes(new AuthenticationFailedException(
                new OidcEndpointAccessException(401))));
    }
}
