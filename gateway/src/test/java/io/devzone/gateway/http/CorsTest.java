package io.devzone.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The web app's browser calls /graphql from its own origin: the preflight lets it, and no other origin. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CorsTest {

    @Test
    void theWebAppsOriginMayPostWithAToken() {
        given().header("Origin", "http://localhost:8090")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8090"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "http://localhost:8091")
                .header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
