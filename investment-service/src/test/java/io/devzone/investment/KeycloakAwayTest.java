package io.devzone.investment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A service that has not reached Keycloak since it started (and Keycloak still away) holds no key to verify a token
 * with: REST and GraphQL answer 503 {@code AUTH_UNAVAILABLE} with {@code Retry-After}, never a 500; a caller without
 * a token is still 401. (A service that holds the keys keeps verifying tokens: the system tests' KeycloakOutageIT.)
 */
@QuarkusTest
@TestProfile(KeycloakAwayTest.KeycloakAway.class)
class KeycloakAwayTest {

    /** Nothing listens on port 1. */
    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/devzone");
        }
    }

    @Test
    void aTokenThatCannotBeVerifiedIsAnsweredServiceUnavailable() {
        given().auth().oauth2(TestTokens.investment()).get("/api/enterprises")
                .then().statusCode(503)
                .header("Retry-After", equalTo("10"))
                .contentType("application/problem+json")
                .body("code", equalTo("AUTH_UNAVAILABLE"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/enterprises"))
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("Exception")));
        GraphQL.post(TestTokens.investment(), "{ enterprises { totalItems } }").statusCode(503)
                .header("Retry-After", equalTo("10"))
                .body("errors[0].extensions.code", equalTo("AUTH_UNAVAILABLE"));
    }

    @Test
    void aCallerWithoutATokenIsStillUnauthenticated() {
        given().get("/api/enterprises").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
