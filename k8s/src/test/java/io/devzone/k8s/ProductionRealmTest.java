package io.devzone.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm ops import into the site's Keycloak (k8s/overlays/production/devzone-realm.json): the launcher's realm
 * without what only the demo may have (its users, the gateway's demo secret, the password grant), otherwise the same.
 */
class ProductionRealmTest {

    static final Path FILE = Path.of("k8s/overlays/production/devzone-realm.json");

    private final JsonNode production = read(Repository.BUILD.root().resolve(FILE));

    @Test
    void isCautiousAboutLogins() {
        assertEquals(List.of(), KeycloakChecks.cautionProblems(production, FILE.toString()));
        assertEquals("all", production.path("sslRequired").asText());
    }

    @Test
    void hasNoDemoUserSecretOrPasswordGrant() {
        assertTrue(production.path("users").isMissingNode(), "no demo users");
        for (JsonNode client : production.path("clients")) {
            assertTrue(client.path("secret").isMissingNode(), () -> client.path("clientId") + " carries a secret; ops set their own");
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true),
                    () -> client.path("clientId") + " takes passwords itself (directAccessGrantsEnabled); only the demo may");
        }
    }

    @Test
    void isTheLaunchersRealmOtherwise() {
        ObjectNode expected = (ObjectNode) KeycloakChecks.readRealm(new String(Repository.BUILD.launcherRealm(), StandardCharsets.UTF_8));
        expected.remove("users");
        expected.set("sslRequired", production.path("sslRequired"));
        for (JsonNode client : expected.path("clients")) {
            ((ObjectNode) client).remove("secret");
            ((ObjectNode) client).put("directAccessGrantsEnabled", false);
            if (client.path("clientId").asText().equals("devzone-web")) {
                // site: the public host's GraphiQL and web clients
                ((ObjectNode) client).set("redirectUris", webClient(production).path("redirectUris"));
            }
        }
        assertEquals(expected, production, "the production realm drifted from " + Repository.LAUNCHER_REALM);
    }

    private static JsonNode webClient(JsonNode realm) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("devzone-web")) {
                return client;
            }
        }
        throw new AssertionError("no client devzone-web");
    }

    private static JsonNode read(Path file) {
        try {
            return KeycloakChecks.readRealm(Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
