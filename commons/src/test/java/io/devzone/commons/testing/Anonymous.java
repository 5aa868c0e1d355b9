package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What every service answers a caller without a token (CONVENTIONS.md, "Roles and access"): health, metrics and the
 * OpenAPI document, and a 401 for everything else, on {@code /graphql} before any operation runs.
 */
public final class Anonymous {

    private Anonymous() {
    }

    /**
     * Health (the database checked), metrics and the OpenAPI document are open to anyone; the document is the one of
     * {@code service} ({@code land-service}) and lists each of {@code documented}.
     */
    public static void assertOpenEndpointsServed(String service, String... documented) {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        ValidatableResponse openApi = given().get("/q/openapi").then().statusCode(200)
                .body(containsString("DevZone " + service));
        for (String text : documented) {
            openApi.body(containsString(text));
        }
    }

    /**
     * The subgraph's SDL, an {@code _entities} query of each of {@code entityTypes} (keyed by id) and a count of each
     * of {@code lists}: each {@link #assertGraphQLRefused refused}.
     */
    public static void assertGraphQLRefused(List<String> entityTypes, List<String> lists) {
        assertGraphQLRefused("{ _service { sdl } }");
        for (String type : entityTypes) {
            assertGraphQLRefused("{ _entities(representations: [{__typename: \"" + type + "\", id: \"" + Records.UNKNOWN_ID
                    + "\"}]) { __typename } }");
        }
        for (String list : lists) {
            assertGraphQLRefused("{ " + list + " { totalItems } }");
        }
    }

    /** An operation without a token: 401 with the bearer challenge and an UNAUTHENTICATED error saying why. */
    public static void assertGraphQLRefused(String query) {
        GraphQL.post(null, query).statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("bearer token"));
    }
}
