package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Requests no single caller may hurt a service with, and what every service's {@code /graphql} answers them
 * (commons' {@code GraphQLGate}): each refused before anything runs, with a house code.
 */
public final class HostileGraphQL {

    private HostileGraphQL() {
    }

    /**
     * An operation {@code depth} fields deep: the {@code path} fields in turn, then {@code cycle}'s over and over
     * (two types that refer to each other), ending in {@code leaf}.
     */
    public static String nested(int depth, List<String> path, List<String> cycle, String leaf) {
        StringBuilder query = new StringBuilder("{ ");
        for (int level = 0; level < depth - 1; level++) {
            query.append(level < path.size() ? path.get(level) : cycle.get((level - path.size()) % cycle.size()))
                    .append(" { ");
        }
        return query.append(leaf).append(" }".repeat(depth)).toString();
    }

    /** {@code count} aliases of one field ({@code a0: field a1: field …}), in an operation of {@code kind}. */
    public static String aliased(String kind, int count, String field) {
        StringBuilder query = new StringBuilder(kind).append(" { ");
        for (int i = 0; i < count; i++) {
            query.append('a').append(i).append(": ").append(field).append(' ');
        }
        return query.append('}').toString();
    }

    /** Refused with {@code code} before execution: HTTP 200 as GraphQL answers errors, and no {@code data} at all. */
    public static void assertRefusedBeforeExecution(String token, String query, String code) {
        GraphQL.post(token, query)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo(code))
                .body("$", not(hasKey("data")));
    }

    /**
     * Only a POST of {@code application/json} reaches execution: the bodies a browser sends to another origin without
     * asking first (text, forms, multipart) are 415, another method 405; each carrying a mutation that would write.
     */
    public static void assertOnlyJsonPostsRun(String token, String mutation) {
        String body = "{\"query\": \"" + mutation.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        for (String contentType : List.of("text/plain", "text/plain; charset=utf-8",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=devzone")) {
            RequestSpecification request = given().auth().oauth2(token).contentType(contentType);
            // RestAssured encodes a form from text only, and multipart from bytes only
            if (contentType.startsWith("multipart")) {
                request.body(body.getBytes(StandardCharsets.UTF_8));
            } else {
                request.body(body);
            }
            request.post("/graphql")
                    .then().statusCode(415)
                    .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        }
        given().auth().oauth2(token).body(body.getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().auth().oauth2(token).queryParam("query", mutation).get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    /**
     * A body that is not a GraphQL request object, variables that are not an object, or a query that does not parse:
     * 400, never a 500.
     */
    public static void assertMalformedRequestsAreBadRequests(String token) {
        for (String body : List.of("[{\"query\": \"{ __typename }\"}]", "\"{ __typename }\"", "42", "null", "",
                "{\"query\": ", "{}", "{\"query\": 7}", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
                "{\"query\": \"{ __typename }\", \"variables\": 7}",
                "{\"query\": \"{ __typename }\", \"variables\": [1]}",
                "{\"query\": \"{ __typename }\", \"operationName\": [\"Q\"]}",
                "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}")) {
            post(token, body)
                    .statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        // a document that does not parse: where it stopped, not the text
        post(token, "{\"query\": \"{ __typename hostileToken( }\"}")
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("The query does not parse: invalid syntax at line 1, column 28."));
        post(token, "{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null}")
                .statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }

    /** A query text longer than the limit is refused before parsing, 413. */
    public static void assertTooLongAQueryIsRefused(String token) {
        post(token, "{\"query\": \"{ __typename }" + " ".repeat(32_768) + "\"}")
                .statusCode(413)
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }

    private static ValidatableResponse post(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/graphql").then();
    }
}
