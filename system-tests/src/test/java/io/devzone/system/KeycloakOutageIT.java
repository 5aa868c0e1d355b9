package io.devzone.system;

import static io.devzone.system.Api.GATEWAY;
import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.ValidatableResponse;

/**
 * Keycloak going away: tokens already verified keep working through the gateway and every REST API until they
 * expire, and what needs Keycloak (a new login, a token signed with a key no process holds, any token at a service
 * started while Keycloak is away) fails at once, the latter with 503 {@code AUTH_UNAVAILABLE}, never a 500. Keycloak
 * is started again before the test ends (same realm and keys), so other tests are not disturbed.
 */
@ExtendWith(RunningSuite.class)
class KeycloakOutageIT {

    private static final String ACROSS_DEPARTMENTS = "{ investmentProjects(size: 3) { totalItems items { name"
            + " landParcels { code } } } partyOrganisations(size: 1) { totalItems } }";
    private static final Map<String, String> LISTS = Map.of(INVESTMENT, "/api/investment-projects",
            LAND, "/api/land-parcels", PARTY_AFFAIRS, "/api/party-organisations");

    @Test
    void verifiedTokensOutliveKeycloakAndWhatNeedsItIsRefusedClearly() throws InterruptedException {
        String leader = Keycloak.leader();
        String unknownKey = withKeyId(leader, "a-key-no-process-holds");
        // verified once while Keycloak is up: the gateway and each service hold the realm's keys from now on
        Api.graphql(GATEWAY, leader, ACROSS_DEPARTMENTS, Map.of()).statusCode(200).body("errors", nullValue());
        LISTS.forEach((service, list) -> Api.to(service, leader).get(list).then().statusCode(200));

        RunningSuite.suite().stopKeycloak();
        try {
            assertThrows(ConnectException.class, () -> given().formParam("client_id", "devzone-web")
                    .formParam("grant_type", "password").formParam("username", "chen.jie")
                    .formParam("password", Keycloak.PASSWORD).post(RunningSuite.tokenUrl()),
                    "a new login fails at once: nothing answers");

            Api.graphql(GATEWAY, leader, ACROSS_DEPARTMENTS, Map.of()).statusCode(200)
                    .body("errors", nullValue())
                    .body("data.investmentProjects.totalItems", notNullValue());
            LISTS.forEach((service, list) -> Api.to(service, leader).get(list).then().statusCode(200));

            authUnavailable(Api.graphql(GATEWAY, unknownKey, ACROSS_DEPARTMENTS, Map.of()))
                    .body("errors[0].extensions.code", equalTo("AUTH_UNAVAILABLE"));
            authUnavailable(Api.to(INVESTMENT, unknownKey).get(LISTS.get(INVESTMENT)).then())
                    .contentType("application/problem+json")
                    .body("code", equalTo("AUTH_UNAVAILABLE"));
            authUnavailable(Api.graphql(INVESTMENT, unknownKey, "{ investmentProjects { totalItems } }", Map.of()))
                    .body("errors[0].extensions.code", equalTo("AUTH_UNAVAILABLE"));

            // land-service restarted while Keycloak is away has no key to verify with: 503 on its own API, and
            // through the gateway only its fields are missing
            RunningSuite.suite().stopService(LAND);
            RunningSuite.suite().startService(LAND);
            authUnavailable(Api.to(LAND, leader).get(LISTS.get(LAND)).then())
                    .body("code", equalTo("AUTH_UNAVAILABLE"));
            Api.graphql(GATEWAY, leader, ACROSS_DEPARTMENTS, Map.of()).statusCode(200)
                    .body("data.investmentProjects.totalItems", notNullValue())
                    .body("data.partyOrganisations.totalItems", notNullValue())
                    .body("errors.extensions.code", everyItem(equalTo("AUTH_UNAVAILABLE")))
                    .body("errors.extensions.subgraph", everyItem(equalTo("land")));
        } finally {
            RunningSuite.suite().startKeycloak();
        }
        Api.to(LAND, leader).get(LISTS.get(LAND)).then().statusCode(200);
        Api.to(LAND, Keycloak.land()).get(LISTS.get(LAND)).then().statusCode(200);
        // Keycloak back: once the keys are fetched again (at most 30 s on), a key no process holds is a bad token
        // again, and the tests after this one find the suite as it was
        assertEquals(401, statusOnceSettled(() -> Api.graphql(GATEWAY, unknownKey, ACROSS_DEPARTMENTS, Map.of())));
        assertEquals(401, statusOnceSettled(() -> Api.to(INVESTMENT, unknownKey).get(LISTS.get(INVESTMENT)).then()));
    }

    /** The status a request gets once it is no longer 503, asked every 5 s for at most 90 s. */
    private static int statusOnceSettled(Supplier<ValidatableResponse> request) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status = request.get().extract().statusCode();
        while (status == 503 && System.nanoTime() < end) {
            Thread.sleep(5_000);
            status = request.get().extract().statusCode();
        }
        return status;
    }

    /** 503 with Retry-After, and nothing of the failure's insides. */
    private static ValidatableResponse authUnavailable(ValidatableResponse response) {
        return response.statusCode(503).header("Retry-After", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("localhost")));
    }

    /** The same token claiming another signing key: what a token signed after a key rotation looks like. */
    private static String withKeyId(String token, String keyId) {
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"kid\"\\s*:\\s*\"[^\"]*\"", "\"kid\":\"" + keyId + "\"");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }
}
