package io.devzone.system;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls one service of the running suite over REST or GraphQL, with or without a token. */
final class Api {

    static final String INVESTMENT = "investment-service";
    static final String LAND = "land-service";
    static final String PARTY_AFFAIRS = "party-affairs-service";
    static final String GATEWAY = "gateway";

    private Api() {
    }

    static RequestSpecification to(String module, String token) {
        RequestSpecification request = given().baseUri(RunningSuite.service(module).toString())
                .contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    static ValidatableResponse graphql(String module, String token, String query, Map<String, Object> variables) {
        return to(module, token).body(Map.of("query", query, "variables", variables)).post("/graphql").then();
    }
}
