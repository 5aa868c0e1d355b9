package io.devzone.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm file is what the services rely on: audience, roles, clients, demo users; it is cautious about logins, and the launcher imports it for the suite's ports. */
class RealmFileTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode realm = read();

    @Test
    void realmAndRoles() {
        assertEquals("devzone", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertEquals(List.of("investment", "land", "party-affairs", "leader"), texts(realm.path("roles").path("realm"), "name"));
    }

    @Test
    void shortLivedAccessTokensAndSingleUseRefreshTokens() {
        // A revoked login's access token lives on until it expires: services verify signature and expiry only.
        assertEquals(300, realm.path("accessTokenLifespan").asInt());
        assertEquals(1800, realm.path("ssoSessionIdleTimeout").asInt());
        assertEquals(36000, realm.path("ssoSessionMaxLifespan").asInt());
        assertTrue(realm.path("revokeRefreshToken").asBoolean());
        assertEquals(0, realm.path("refreshTokenMaxReuse").asInt());
        assertEquals("true", client("devzone-web").path("attributes").path("use.refresh.tokens").asText());
    }

    @Test
    void guessingPasswordsLocksTheAccountForAWhile() {
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertFalse(realm.path("permanentLockout").asBoolean(), "a temporary lockout: anyone may lock out anyone");
        assertEquals(5, realm.path("failureFactor").asInt());
        assertEquals(60, realm.path("waitIncrementSeconds").asInt());
        assertEquals(900, realm.path("maxFailureWaitSeconds").asInt());
        assertEquals("length(12) and maxLength(64) and notUsername and notEmail", realm.path("passwordPolicy").asText());
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
    void demoUsersAreThoseTheLauncherShows() throws Exception {
        List<List<String>> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.path("enabled").asBoolean());
            assertTrue(user.path("emailVerified").asBoolean());
            assertEquals(user.path("username").asText() + "@devzone.example", user.path("email").asText());
            assertFalse(user.path("firstName").asText().isEmpty());
            assertFalse(user.path("lastName").asText().isEmpty());
            JsonNode credential = user.path("credentials").path(0);
            assertEquals("password", credential.path("type").asText());
            assertHashOf(Summary.DEMO_PASSWORD, credential);
            assertFalse(credential.path("temporary").asBoolean());
            assertEquals(1, user.path("realmRoles").size());
            users.add(List.of(user.path("username").asText(), user.path("realmRoles").path(0).asText()));
        }
        assertEquals(Summary.DEMO_USERS, users);
    }

    /**
     * The demo password is shorter than the policy allows: Keycloak checks the policy when a password is set, so the
     * import carries its hash (PBKDF2-SHA512, as Keycloak stores it), which a login checks but no policy does.
     */
    private static void assertHashOf(String password, JsonNode credential) throws Exception {
        assertTrue(credential.path("value").isMissingNode(), "no password in clear");
        JsonNode hash = MAPPER.readTree(credential.path("credentialData").asText());
        JsonNode secret = MAPPER.readTree(credential.path("secretData").asText());
        assertEquals("pbkdf2-sha512", hash.path("algorithm").asText());
        byte[] salt = Base64.getDecoder().decode(secret.path("salt").asText());
        byte[] expected = Base64.getDecoder().decode(secret.path("value").asText());
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, hash.path("hashIterations").asInt(), expected.length * 8);
        byte[] actual = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        assertArrayEquals(expected, actual, "the stored hash is " + password + "'s");
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
            return MAPPER.readTree(in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
