package io.devzone.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.devzone.gateway.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The gateway verifies a token once and then trusts it until it expires, through real HTTP requests with tokens
 * signed by the OIDC stub. No subgraph answers here, so an accepted token gets 503 SCHEMA_UNAVAILABLE and a
 * refused one 401: the two tell the outcomes apart.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VerifiedTokensTest {

    @Test
    void aTokenIsVerifiedOnceAndThenReused() {
        String token = token().sign();
        double verified = tokens("verified");
        double reused = tokens("reused");

        accepted(token);
        accepted(token);
        accepted(token);

        assertEquals(verified + 1, tokens("verified"));
        assertEquals(reused + 2, tokens("reused"));
    }

    @Test
    void aReusedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = token().expiresAt(expiry.getEpochSecond()).sign();
        accepted(token);
        accepted(token);

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1_100);

        refused(token);
    }

    @Test
    void aVerifiedTokensSignatureOnOtherClaimsIsRefused() {
        String token = token().sign();
        accepted(token);
        String[] verified = token.split("\\.");
        String[] other = token().claim("realm_access", Map.of("roles", List.of("investment"))).sign().split("\\.");

        refused(verified[0] + "." + other[1] + "." + verified[2]);
        accepted(token);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        String forAnotherAudience = token().audience("another-application").sign();
        double verified = tokens("verified");

        refused(forAnotherAudience);
        refused(forAnotherAudience);

        assertEquals(verified, tokens("verified"));
    }

    /** A token shaped like the devzone realm's, unique so that no other test has verified it before. */
    @Test
    void aCallerWithoutATokenIsRefused() {
        // the test profile, like every shipped one, leaves devzone.gateway.test-only.without-tokens off
        given().contentType("application/json").body("{\"query\":\"{ __typename }\"}").post("/graphql").then()
                .statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    private static JwtClaimsBuilder token() {
        return Tokens.leaderClaims().claim("jti", UUID.randomUUID().toString());
    }

    private static void accepted(String token) {
        query(token).statusCode(503).body("errors[0].extensions.code", equalTo("SCHEMA_UNAVAILABLE"));
    }

    private static void refused(String token) {
        query(token).statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    private static io.restassured.response.ValidatableResponse query(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .post("/graphql").then();
    }

    private static double tokens(String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher count = Pattern.compile("devzone_gateway_tokens_total\\{outcome=\"" + outcome + "\"[^}]*} (\\S+)")
                .matcher(metrics);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }
}
