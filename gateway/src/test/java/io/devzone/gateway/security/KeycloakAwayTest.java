package io.devzone.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.platform.security.IdentityProviderOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A gateway that has never reached Keycloak (it started while Keycloak was away, and still is) cannot verify any
 * token: it answers 503 {@code AUTH_UNAVAILABLE} with {@code Retry-After}, never a 500 or a stack trace, and a
 * caller without a token is still 401. (Tokens it verified before keep working: the system tests'
 * {@code KeycloakOutageIT}.)
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

    /** A well-formed RS256 token (its signature is never checked: there is no key to check it with). */
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImtleS0xIn0"
            + ".eyJzdWIiOiJjaGVuLmppZSIsImF1ZCI6ImRldnpvbmUiLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl";

    @Test
    void aTokenThatCannotBeVerifiedIsAnsweredServiceUnavailable() {
        given().auth().oauth2(TOKEN).contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .post("/graphql")
                .then().statusCode(503)
                .header("Retry-After", equalTo("10"))
                .body("errors[0].extensions.code", equalTo("AUTH_UNAVAILABLE"))
                .body("errors[0].message", equalTo(IdentityProviderOutage.DETAIL))
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("Exception")));
        given().auth().oauth2(TOKEN).queryParam("query", "{ __typename }").get("/graphql")
                .then().statusCode(503)
                .body("errors[0].extensions.code", equalTo("AUTH_UNAVAILABLE"));
    }

    @Test
    void aCallerWithoutATokenIsStillUnauthenticated() {
        given().contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .post("/graphql")
                .then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
