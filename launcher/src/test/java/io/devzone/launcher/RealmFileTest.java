package io.devzone.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm file is what the services rely on: audience, roles, clients, demo users. */
class RealmFileTest {

    private final JsonNode realm = read();

    @Test
    void realmAndRoles() {
        assertEquals("devzone", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertEquals(1800, realm.path("accessTokenLifespan").asInt());
        assertEquals(List.of("investment", "land", "party-affairs", "leader"), texts(realm.path("roles").path("realm"), "name"));
    }

    @Test
    void publicWebClientWithPkce() {
        JsonNode web = client("devzone-web");
        assertTrue(web.path("publicClient").asBoolean());
        assertTrue(web.path("standardFlowEnabled").asBoolean());
        assertTrue(web.path("directAccessGrantsEnabled").asBoolean());
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(List.of("http://localhost:8080/*", "http://localhost:8081/*", "http://localhost:8082/*",
                "http://localhost:8083/*", "https://localhost/*"), texts(web.path("redirectUris"), null));
        assertEquals(List.of("+"), texts(web.path("webOrigins"), null));
        assertAudienceMapper(web);
    }

    @Test
    void confidentialGatewayClientWithServiceAccount() {
        JsonNode gateway = client("devzone-gateway");
        assertFalse(gateway.path("publicClient").asBoolean());
        assertTrue(gateway.path("serviceAccountsEnabled").asBoolean());
        assertFalse(gateway.path("standardFlowEnabled").asBoolean());
        assertEquals("devzone-gateway-secret", gateway.path("secret").asText());
        assertAudienceMapper(gateway);
    }

    @Test
    void demoUsersAreThoseTheLauncherShows() {
        List<List<String>> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.path("enabled").asBoolean());
            assertTrue(user.path("emailVerified").asBoolean());
            assertEquals(user.path("username").asText() + "@devzone.example", user.path("email").asText());
            assertFalse(user.path("firstName").asText().isEmpty());
            assertFalse(user.path("lastName").asText().isEmpty());
            JsonNode credential = user.path("credentials").path(0);
            assertEquals("password", credential.path("type").asText());
            assertEquals(Summary.DEMO_PASSWORD, credential.path("value").asText());
            assertFalse(credential.path("temporary").asBoolean());
            assertEquals(1, user.path("realmRoles").size());
            users.add(List.of(user.path("username").asText(), user.path("realmRoles").path(0).asText()));
        }
        assertEquals(Summary.DEMO_USERS, users);
    }

    private void assertAudienceMapper(JsonNode client) {
        JsonNode mapper = client.path("protocolMappers").path(0);
        assertEquals("oidc-audience-mapper", mapper.path("protocolMapper").asText());
        assertEquals("devzone", mapper.path("config").path("included.custom.audience").asText());
        assertEquals("true", mapper.path("config").path("access.token.claim").asText());
        assertEquals("false", mapper.path("config").path("id.token.claim").asText());
    }

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }

    private static JsonNode read() {
        try (InputStream in = RealmFileTest.class.getResourceAsStream(KeycloakDistribution.REALM_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
