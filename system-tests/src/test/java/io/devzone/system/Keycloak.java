package io.devzone.system;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Logs the demo users in through Keycloak's real token endpoint (client devzone-web, password grant). */
final class Keycloak {

    static final String PASSWORD = "devzone";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    static String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> given()
                .formParam("client_id", "devzone-web")
                .formParam("grant_type", "password")
                .formParam("username", user)
                .formParam("password", PASSWORD)
                .post(RunningSuite.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static String investment() {
        return token("zhang.wei");
    }

    static String land() {
        return token("li.na");
    }

    static String partyAffairs() {
        return token("wang.fang");
    }

    static String leader() {
        return token("chen.jie");
    }
}
