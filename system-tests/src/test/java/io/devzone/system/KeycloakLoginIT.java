package io.devzone.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.path.json.JsonPath;

/** The realm file does what the services rely on: demo logins, roles, the audience, the gateway's account. */
@ExtendWith(RunningSuite.class)
class KeycloakLoginIT {

    @ParameterizedTest
    @CsvSource({ "zhang.wei,investment", "li.na,land", "wang.fang,party-affairs", "chen.jie,leader" })
    void demoUsersGetTokensWithTheirRoleAndTheServicesAudience(String user, String role) {
        JsonPath claims = claims(Keycloak.token(user));
        assertEquals(user, claims.getString("preferred_username"));
        assertTrue(claims.getList("realm_access.roles").contains(role), () -> claims.prettify());
        assertTrue(audience(claims).contains("devzone"), () -> claims.prettify());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        given().formParam("client_id", "devzone-web").formParam("grant_type", "password")
                .formParam("username", "zhang.wei").formParam("password", "wrong")
                .post(RunningSuite.tokenUrl()).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("invalid_grant"));
    }

    @Test
    void theGatewaysServiceAccountReadsEverySubgraphSchema() {
        String token = given().formParam("client_id", "devzone-gateway")
                .formParam("client_secret", "devzone-gateway-secret")
                .formParam("grant_type", "client_credentials")
                .post(RunningSuite.tokenUrl()).then().statusCode(200).extract().path("access_token");
        for (String module : List.of(Api.INVESTMENT, Api.LAND, Api.PARTY_AFFAIRS)) {
            Api.graphql(module, token, "{ _service { sdl } }", Map.of())
                    .statusCode(200)
                    .body("data._service.sdl", org.hamcrest.Matchers.containsString("federation/v2"));
        }
    }

    @Test
    void everyServiceIsReadyAndOpenForProbes() {
        for (String module : List.of(Api.INVESTMENT, Api.LAND, Api.PARTY_AFFAIRS)) {
            Api.to(module, null).get("/q/health/ready").then().statusCode(200)
                    .body("checks.name", hasItem("Database connections health check"));
        }
    }

    private static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static List<Object> audience(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? List.copyOf(list) : List.of(aud);
    }
}
