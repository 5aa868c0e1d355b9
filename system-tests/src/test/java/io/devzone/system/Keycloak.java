package io.devzone.system;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Logs the demo users in through Keycloak's real token endpoint (client devzone-web, password grant). */
final class Keycloak {

    static final String PASSWORD = "devzone";
    private static final Map<String, Login> LOGINS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /**
     * The user's access token, from a login made while it still has at least half its lifetime (5 minutes) ahead:
     * the run is long enough on a busy machine to outlive a token cached from its start.
     */
    static String token(String username) {
        return LOGINS.compute(username, (user, login) -> login != null && Instant.now().isBefore(login.renewAt())
                ? login : login(user)).accessToken();
    }

    private record Login(String accessToken, Instant renewAt) {
    }

    private static Login login(String username) {
        Instant asked = Instant.now();
        ExtractableResponse<Response> answer = given()
                .formParam("client_id", "devzone-web")
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(RunningSuite.tokenUrl())
                .then().statusCode(200)
                .extract();
        int lifetime = answer.path("expires_in");
        return new Login(answer.path("access_token"), asked.plusSeconds(lifetime / 2));
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
