package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts a GraphQL operation to the service under test, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String token, String query) {
        return post(token, query, Map.of());
    }

    public static ValidatableResponse post(String token, String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/graphql").then();
    }

    /**
     * Posts the gateway's {@code _entities} query for these representations (an {@link #entity}, or a map with the
     * entity's key), each answered with {@code selection} ({@code "... on LandParcel { id code }"}).
     */
    @SafeVarargs
    public static ValidatableResponse entities(String token, String selection,
            Map<String, Object>... representations) {
        return post(token, "query($r: [_Any!]!) { _entities(representations: $r) { " + selection + " } }",
                Map.of("r", List.of(representations)));
    }

    /** The representation of an entity keyed by its id. */
    public static Map<String, Object> entity(String typename, String id) {
        return Map.of("__typename", typename, "id", id);
    }

    /**
     * Posts an operation the service must refuse: HTTP 200, the field {@code data.<field>} null and the first error
     * with the house {@code code}; the answer is returned for what the refusal says.
     */
    public static ValidatableResponse refused(String field, String code, String token, String query) {
        return refused(field, code, token, query, Map.of());
    }

    /** {@link #refused(String, String, String, String)} with variables. */
    public static ValidatableResponse refused(String field, String code, String token, String query,
            Map<String, Object> variables) {
        return post(token, query, variables)
                .statusCode(200)
                .body("data." + field, nullValue())
                .body("errors[0].extensions.code", equalTo(code));
    }

    /**
     * The subgraph's SDL (read by a leader) is Federation v2, with the shareable {@code Audit} every subgraph
     * returns, and declares each of {@code declarations} as written.
     */
    public static void assertFederatedSdl(String... declarations) {
        ValidatableResponse sdl = post(TestTokens.leader(), "{ _service { sdl } }")
                .statusCode(200)
                .body("data._service.sdl", containsString(
                        "@link(import : [\"@key\", \"@shareable\"], url : \"https://specs.apollo.dev/federation/v2"))
                .body("data._service.sdl", containsString("type Audit @shareable"));
        for (String declaration : declarations) {
            sdl.body("data._service.sdl", containsString(declaration));
        }
    }
}
