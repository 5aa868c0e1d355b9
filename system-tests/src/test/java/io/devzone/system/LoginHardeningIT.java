package io.devzone.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The realm is cautious about logins, as the real Keycloak applies it: guessing locks a login for a while, short
 * passwords are refused, access tokens live 5 minutes. Lockouts are tried on a user of its own, made through
 * Keycloak's admin API, so no demo login the other tests use is locked.
 */
@ExtendWith(RunningSuite.class)
class LoginHardeningIT {

    @Test
    void twentyOneWrongPasswordsThenTheRightOneDoNotLogIn() {
        String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Right-" + UUID.randomUUID();
        String id = createUser(username, password).then().statusCode(201).extract().header("Location")
                .replaceFirst(".*/", "");
        try {
            login(username, password).then().statusCode(200);
            for (int i = 0; i < 21; i++) {
                login(username, "wrong-" + i).then().statusCode(400).body("error", equalTo("invalid_grant"));
            }
            login(username, password).then().statusCode(400)
                    .body("error", equalTo("invalid_grant"))
                    .body("access_token", nullValue());
        } finally {
            admin().delete("/admin/realms/devzone/users/" + id).then().statusCode(204);
        }
    }

    @Test
    void aShortPasswordIsRefused() {
        String username = "short-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "devzone2011").then().statusCode(400);
        admin().queryParam("username", username).queryParam("exact", true).get("/admin/realms/devzone/users")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void accessTokensLiveFiveMinutesAndTheWebClientMayRefreshThem() {
        JsonPath answer = login("wang.fang", Keycloak.PASSWORD).then().statusCode(200).extract().jsonPath();
        // expires_in counts from when Keycloak answers, so a second may have ticked since the token was issued
        int expiresIn = answer.getInt("expires_in");
        assertTrue(expiresIn >= 295 && expiresIn <= 300, "expires_in " + expiresIn);
        JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(answer.getString("access_token").split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertEquals(300, claims.getLong("exp") - claims.getLong("iat"));

        given().formParam("client_id", "devzone-web").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", answer.getString("refresh_token"))
                .post(RunningSuite.tokenUrl()).then().statusCode(200);
        // Refresh tokens are single use: a stolen one that was used already is worth nothing.
        given().formParam("client_id", "devzone-web").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", answer.getString("refresh_token"))
                .post(RunningSuite.tokenUrl()).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    private static Response login(String username, String password) {
        return given().formParam("client_id", "devzone-web").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password)
                .post(RunningSuite.tokenUrl());
    }

    private static Response createUser(String username, String password) {
        return admin().contentType(ContentType.JSON).body(Map.of(
                        "username", username, "enabled", true, "emailVerified", true,
                        "firstName", "Throwaway", "lastName", "User", "email", username + "@devzone.example",
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/admin/realms/devzone/users");
    }

    /** Keycloak's admin API as its bootstrap admin (demo only: admin / admin). */
    private static RequestSpecification admin() {
        String token = given().formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", "admin").formParam("password", "admin")
                .post(RunningSuite.keycloak() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().baseUri(RunningSuite.keycloak().toString()).auth().oauth2(token);
    }
}
