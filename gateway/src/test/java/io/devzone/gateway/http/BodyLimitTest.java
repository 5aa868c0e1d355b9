package io.devzone.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.devzone.gateway.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A body over quarkus.http.limits.max-body-size (256K) is a 413 with a GraphQL error and its code, never empty. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BodyLimitTest {

    private static final String TOKEN = Tokens.leader();

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
