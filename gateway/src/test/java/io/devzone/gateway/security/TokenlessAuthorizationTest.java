package io.devzone.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The test-only way to run without tokens: every shipped profile keeps it off (so {@code /graphql} wants a token),
 * the prod profile refuses it, and a gateway started with it answers callers that bring none.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(TokenlessAuthorizationTest.WithoutTokens.class)
public class TokenlessAuthorizationTest {

    public static class WithoutTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(TokenlessAuthorization.SETTING, "true");
        }
    }

    @Test
    void everyShippedProfileKeepsItOff() throws IOException {
        for (String profile : List.of("prod", "dev", "test")) {
            SmallRyeConfig shipped = new SmallRyeConfigBuilder().withProfile(profile)
                    .withSources(new PropertiesConfigSource(
                            getClass().getClassLoader().getResource("application.properties")))
                    .build();
            assertEquals(false, shipped.getOptionalValue(TokenlessAuthorization.SETTING, Boolean.class)
                    .orElse(false), profile);
        }
    }

    @Test
    void theProdProfileRefusesIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TokenlessAuthorization.check(true, List.of("prod")));
        assertTrue(refused.getMessage().contains(TokenlessAuthorization.SETTING));
        assertDoesNotThrow(() -> TokenlessAuthorization.check(false, List.of("prod")));
        assertDoesNotThrow(() -> TokenlessAuthorization.check(true, List.of("audit")));
    }

    @Test
    void withItACallerWithoutATokenIsServed() {
        // no subgraph answers in tests, so no schema: the 503 shows the request got past authentication
        given().get("/graphql/schema.graphql").then().statusCode(503);
        given().contentType("application/json").body("{\"query\":\"{ __typename }\"}").post("/graphql")
                .then().statusCode(503).body("errors[0].extensions.code", equalTo("SCHEMA_UNAVAILABLE"));
    }
}
