package io.devzone.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm file is what the services rely on: audience, roles, clients, demo users; and the launcher imports it for the suite's ports. */
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
        assertEquals(List.of("http://localhost:8090/*", "http://localhost:8080/*", "http://localhost:8081/*",
                "http://localhost:8082/*", "http://localhost:8083/*", "https://localhost/*"), texts(web.path("redirectUris"), null));
        // "+": the origins of the redirect URIs, the web app's (8090) among them; likewise after logging out
        assertEquals(List.of("+"), texts(web.path("webOrigins"), null));
        assertEquals("+", web.path("attributes").path("post.logout.redirect.uris").asText());
        assertAudienceMapper(web);
    }

    @Test
    void atAPortOffsetTheWebClientRedirectsToTheMovedPorts() throws Exception {
        JsonNode moved = new ObjectMapper().readTree(
                KeycloakDistribution.realm(SuiteConfig.forRepository(Path.of("/repo")).withPortOffset(25_000).movedPorts()));

        JsonNode web = client(moved, "devzone-web");
        assertEquals(List.of("http://localhost:33090/*", "http://localhost:33080/*", "http://localhost:33081/*",
                "http://localhost:33082/*", "http://localhost:33083/*", "https://localhost/*"), texts(web.path("redirectUris"), null));
        assertEquals(client(realm, "devzone-gateway"), client(moved, "devzone-gateway"));
    }

    @Test
    void everyLocalPortOfTheRealmIsOneTheSuiteMoves() {
        Set<Integer> suitePorts = SuiteConfig.forRepository(Path.of("/repo")).movedPorts().keySet();
        Matcher local = Pattern.compile("http://localhost:(\\d+)").matcher(realm.toString());
        while (local.find()) {
            assertTrue(suitePorts.contains(Integer.parseInt(local.group(1))), local.group() + " is no port of the suite");
        }
    }

    @Test
    void aChangedRealmIsImportedAfresh(@TempDir Path data) throws Exception {
        KeycloakDistribution keycloak = new KeycloakDistribution("0", data.resolve("no.zip"));
        Path home = data.resolve("keycloak-0");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/kc.sh"), "");
        Map<Integer, Integer> ports = SuiteConfig.forRepository(Path.of("/repo")).movedPorts();
        keycloak.install(data, ports, ProgressListener.SILENT);
        Path database = Files.createDirectories(home.resolve("data/h2"));
        Files.writeString(database.resolve("keycloakdb.mv.db"), "the imported realm");

        keycloak.install(data, ports, ProgressListener.SILENT);
        assertTrue(Files.exists(database.resolve("keycloakdb.mv.db")), "the same realm keeps its database");

        Map<Integer, Integer> offset = SuiteConfig.forRepository(Path.of("/repo")).withPortOffset(25_000).movedPorts();
        keycloak.install(data, offset, ProgressListener.SILENT);
        assertFalse(Files.exists(database), "a realm with other ports is imported afresh");
        assertEquals(KeycloakDistribution.realm(offset), Files.readString(home.resolve("data/import/devzone-realm.json")));
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
        return client(realm, clientId);
    }

    private static JsonNode client(JsonNode realm, String clientId) {
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
