package io.devzone.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.devzone.gateway.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What the endpoint refuses before anything runs, through real HTTP: bodies a browser may send to another origin
 * without asking (CORS "simple requests"), bodies that are not a GraphQL request object, and variables or
 * extensions that are not JSON objects: each a 4xx with a GraphQL error and a house code, never a 500.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RequestShapeTest {

    private static final String TOKEN = Tokens.leader();

    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
    void bodiesABrowserSendsCrossSiteWithoutAskingAreRefused(String contentType) {
        String body = "{\"query\":\"mutation { renameEnterprise(id: \\\"1\\\", name: \\\"x\\\") { name } }\"}";
        RequestSpecification request = given().auth().oauth2(TOKEN).contentType(contentType);
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

    @ParameterizedTest
    @ValueSource(strings = { "[{\"query\":\"{ __typename }\"}]", "\"{ __typename }\"", "42", "null",
            "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "{\"query\":\"{ __typename }\",\"variables\":7}",
            "{\"query\":\"{ __typename }\",\"variables\":[1]}", "{\"query\":\"{ __typename }\",\"extensions\":\"x\"}",
            "{\"query\":{\"a\":1}}", "{\"query\":\"{ __typename }\",\"operationName\":[\"Q\"]}", "{\"query\": " })
    void aBodyThatIsNotAGraphQLRequestObjectIsABadRequest(String body) {
        post(body).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "[1]", "5", "\"hostile text\"", "true" })
    void variablesThatAreNotAnObjectAreNamedWithoutJavaTypesOrTheValue(String variables) {
        post("{\"query\":\"{ __typename }\",\"variables\":" + variables + "}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("variables must be a JSON object."));
    }

    @Test
    void aNumberAsTheQueryIsABadRequest() {
        post("{\"query\":5}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("query must be a string."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"variables\":{}}", "{\"query\":null}", "{\"query\":\"  \"}" })
    void aRequestWithoutAQueryIsABadRequest(String body) {
        post(body).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"query\":\"query($t: String) { enterprises(filter: {name: $t}) { totalItems } }\","
            + "\"variables\":{\"t\":\"Hostile\\udc00\"}}",
            "{\"query\":\"query($t: [String]) { a(t: $t) }\",\"variables\":{\"t\":[\"ok\",{\"x\":\"\\ud800\"}]}}",
            "{\"query\":\"{ enterprises(filter: {name: \\\"Hostile\\ud800\\\"}) { totalItems } }\"}" })
    void textWithAnUnpairedSurrogateIsRefusedBeforeAnySubgraphIsAsked(String body) {
        given().auth().oauth2(TOKEN).contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", not(containsString("Hostile")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"{}\"", "7", "[1]", "{", "true" })
    void getVariablesThatAreNotAJsonObjectAreABadRequest(String variables) {
        given().auth().oauth2(TOKEN).queryParam("query", "{ __typename }").queryParam("variables", variables)
                .get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aQueryTooLongIsRefusedBeforeParsing() {
        given().auth().oauth2(TOKEN).contentType("application/json")
                .body(Map.of("query", "{ __typename }" + " ".repeat(32_768)))
                .post("/graphql")
                .then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }

    /** A JSON body posted as the leader, however malformed. */
    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(TOKEN).contentType("application/json").body(body).post("/graphql").then();
    }
}
