package io.devzone.system;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * Tokens no service may accept, each with a real demo login's claims: unsigned ({@code alg: none}), a wrong
 * signature, claims changed under the real signature, expired, without the {@code devzone} audience, from another
 * realm. The expired and audience-less ones come from two extra public clients of the devzone realm that this
 * creates once through Keycloak's admin API (a 2-second token lifespan; no audience mapper); another realm's token is
 * the local Keycloak's bootstrap admin's, from the master realm. One real login per token, never a failed one.
 */
final class ForgedTokens {

    private static final String SHORT_LIVED_CLIENT = "hostile-short-lived";
    private static final String NO_AUDIENCE_CLIENT = "hostile-no-audience";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** Every forged token by what is wrong with it, as callers of hostile requests. */
    static List<HostileCase.Caller> all() {
        String real = Keycloak.land();
        String[] parts = real.split("\\.");
        String adminToken = masterAdminToken();
        ensureClient(adminToken, SHORT_LIVED_CLIENT, true);
        ensureClient(adminToken, NO_AUDIENCE_CLIENT, false);
        String expired = login(SHORT_LIVED_CLIENT);
        String withoutAudience = login(NO_AUDIENCE_CLIENT);
        waitUntilExpired(expired);
        return List.of(
                new HostileCase.Caller("unsigned alg-none token",
                        encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."),
                new HostileCase.Caller("token with a wrong signature",
                        parts[0] + "." + parts[1] + "." + flipped(parts[2])),
                new HostileCase.Caller("token granting itself every role under the real signature",
                        parts[0] + "." + withEveryRole(parts[1]) + "." + parts[2]),
                new HostileCase.Caller("expired token", expired),
                new HostileCase.Caller("token without the devzone audience", withoutAudience),
                new HostileCase.Caller("token of another realm", adminToken),
                new HostileCase.Caller("garbage bearer token", "not.a.token"));
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String flipped(String signature) {
        byte[] bytes = DECODER.decode(signature);
        bytes[bytes.length / 2] ^= 0x5a;
        return ENCODER.encodeToString(bytes);
    }

    private static String withEveryRole(String payload) {
        ObjectNode claims = (ObjectNode) Json.read(new String(DECODER.decode(payload), StandardCharsets.UTF_8));
        claims.putObject("realm_access").putArray("roles")
                .add("investment").add("land").add("party-affairs").add("leader");
        return encode(claims.toString());
    }

    private static String masterAdminToken() {
        return given().formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", "admin").formParam("password", "admin")
                .post(RunningSuite.keycloak() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Keycloak keeps its data between runs, so the client may be there already. */
    private static void ensureClient(String adminToken, String clientId, boolean shortLived) {
        String clients = RunningSuite.keycloak() + "/admin/realms/devzone/clients";
        List<?> existing = given().auth().oauth2(adminToken).queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().as(List.class);
        if (!existing.isEmpty()) {
            return;
        }
        Map<String, Object> client = new LinkedHashMap<>(Map.of("clientId", clientId, "enabled", true,
                "publicClient", true, "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "protocol", "openid-connect"));
        if (shortLived) {
            client.put("attributes", Map.of("access.token.lifespan", "2"));
            client.put("protocolMappers", List.of(Map.of("name", "audience devzone", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                            "included.custom.audience", "devzone", "access.token.claim", "true",
                            "id.token.claim", "false"))));
        }
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(client).post(clients)
                .then().statusCode(201);
    }

    private static String login(String clientId) {
        return given().formParam("client_id", clientId).formParam("grant_type", "password")
                .formParam("username", "li.na").formParam("password", Keycloak.PASSWORD)
                .post(RunningSuite.tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }

    private static void waitUntilExpired(String token) {
        JsonNode claims = Json.read(new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        Instant expired = Instant.ofEpochSecond(claims.get("exp").asLong()).plus(Duration.ofSeconds(2));
        long wait = Duration.between(Instant.now(), expired).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
