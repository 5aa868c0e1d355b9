package io.devzone.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

/** A body over quarkus.http.limits.max-body-size (256K) is a 413 with a GraphQL error and its code, never empty. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BodyLimitTest {

    private static final String TOKEN = Jwt.preferredUserName("chen.jie").subject("chen.jie")
            .issuer("https://server.example.com").audience("devzone")
            .claim("realm_access", Map.of("roles", List.of("leader"))).jws().keyId("1").sign();

    @Test
    void aBodyOverTheLimitIsRefusedWithItsCode() {
        String body = "{\"query\":\"{ __typename }\",\"operationName\":\"" + "x".repeat(300 * 1024) + "\"}";
        given().auth().oauth2(TOKEN).contentType("application/json").body(body)
                .post("/graphql")
                .then().statusCode(413)
                .contentType("application/json")
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }
}
